import { show } from './checkNumber.js'

/** A revision that breaks the rules, by its index in the list, with what is wrong. */
export interface RevisionIssue {
  readonly index: number
  readonly message: string
}

type Revisable = { readonly id?: unknown; readonly supersedes?: unknown; readonly [field: string]: unknown }

// What makes two observations one figure (figureKey in datasetIndex.ts): its vintages share these.
const FIGURE: readonly string[] = ['indicator', 'scope', 'measure', 'period']

/**
 * The revisions of a list of observations that break the rules, each naming the record whose
 * `supersedes` is wrong: a revision supersedes an older vintage of the same figure (indicator,
 * scope, measure and period), not itself, and revisions form no loop (a supersedes b, b
 * supersedes a: no vintage would be the latest). Shared by `DatasetSchema` and the check of a
 * caller's dataset view, so both say the same. A `supersedes` naming no record of the list is
 * left to the caller: the schema refuses it as a broken reference, while a view may leave out an
 * older vintage (one first reported by a source of unknown date is in no view).
 */
export function revisionIssues(list: readonly unknown[]): RevisionIssue[] {
  const records = list as readonly Revisable[]
  const indexOf = new Map<unknown, number>()
  records.forEach((record, index) => {
    if (!indexOf.has(record.id)) indexOf.set(record.id, index)
  })
  // At most one issue per record, kept by index: the list comes out in order with no sort.
  const issues: (RevisionIssue | undefined)[] = []
  const report = (index: number, message: string): void => {
    issues[index] = { index, message }
  }
  // The record a revision validly supersedes, if any: only such links are followed for loops.
  const next = records.map((record, index): number | undefined => {
    if (record.supersedes === undefined) return undefined
    if (record.supersedes === record.id) {
      report(index, `supersedes its own id ${show(record.id)}: a revision supersedes an older vintage`)
      return undefined
    }
    const at = indexOf.get(record.supersedes)
    if (at === undefined) return undefined
    const differs = FIGURE.find((field) => records[at]?.[field] !== record[field])
    if (differs === undefined) return at
    report(index, `supersedes ${show(record.supersedes)}, another figure (its ${differs} is ${show(records[at]?.[differs])}, not ${show(record[differs])}): a revision supersedes an older vintage of the same indicator, scope, measure and period`)
    return undefined
  })
  const settled = new Set<number>()
  records.forEach((_, start) => {
    const path = new Set<number>()
    for (let at: number | undefined = start; at !== undefined && !settled.has(at); at = next[at]) {
      if (path.has(at)) {
        report(at, 'a loop of revisions: each supersedes another of the loop')
        break
      }
      path.add(at)
    }
    for (const at of path) settled.add(at)
  })
  return issues.filter((issue) => issue !== undefined)
}
