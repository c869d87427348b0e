import { refuse } from './checkNumber.js'

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
  supersedesWithoutLoop(list, seen, input)
  checked.add(list)
}

// A revision supersedes an older vintage; a loop (a supersedes b, b supersedes a) leaves no
// latest vintage, and a lookup would answer with whichever came first.
function supersedesWithoutLoop(list: readonly unknown[], indexOf: ReadonlyMap<unknown, number>, input: string): void {
  const next = (index: number): number | undefined => indexOf.get((list[index] as { readonly supersedes?: unknown }).supersedes)
  const settled = new Set<number>()
  list.forEach((_, start) => {
    const path = new Set<number>()
    for (let at: number | undefined = start; at !== undefined && !settled.has(at); at = next(at)) {
      if (path.has(at)) refuse('INVALID_ARGUMENT', `${input}[${at}].supersedes`, 'a loop of revisions: each supersedes another of the loop')
      path.add(at)
    }
    for (const at of path) settled.add(at)
  })
}
