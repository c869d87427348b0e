import { refuse } from './checkNumber.js'
import { revisionIssues } from './revisionIssues.js'

// Lists whose records were checked already: a caller's view is checked once, not on every query.
const checked = new WeakSet<readonly unknown[]>()

/**
 * Checks each record of a caller's list once (a NaN value is NOT_FINITE naming
 * `options.dataset.observations[3].value`), so no query hands back or computes from a record the
 * package would refuse as an argument.
 */
export function checkRecords(list: readonly unknown[], check: (record: unknown, input: string) => unknown, input: string): void {
  if (checked.has(list)) return
  const seen = new Map<unknown, number>()
  list.forEach((record, index) => {
    check(record, `${input}[${index}]`)
    // Two records with one id make every lookup by id ambiguous (which gdp-2021 is it?).
    const { id } = record as { readonly id?: unknown }
    const first = seen.get(id)
    if (first !== undefined) refuse('INVALID_ARGUMENT', `${input}[${index}].id`, `${String(id)} is the id of ${input}[${first}] too`)
    seen.set(id, index)
  })
  // The same rules as DatasetSchema, in the same words: a revision of another figure would be
  // returned as the latest vintage of this one.
  const [issue] = revisionIssues(list)
  if (issue !== undefined) refuse('INVALID_ARGUMENT', `${input}[${issue.index}].supersedes`, issue.message)
  checked.add(list)
}
