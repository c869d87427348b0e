// Lists whose records were checked already: a caller's view is checked once, not on every query.
const checked = new WeakSet<readonly unknown[]>()

/**
 * Checks each record of a caller's list once (a NaN value is NOT_FINITE naming
 * `options.dataset.observations[3].value`), so no query hands back or computes from a record the
 * package would refuse as an argument.
 */
export function checkRecords(list: readonly unknown[], check: (record: unknown, input: string) => unknown, input: string): void {
  if (checked.has(list)) return
  list.forEach((record, index) => check(record, `${input}[${index}]`))
  checked.add(list)
}
