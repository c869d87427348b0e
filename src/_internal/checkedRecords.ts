import { refuse } from './checkNumber.js'
import { frozenRecord } from './frozenRecord.js'
import { revisionIssues } from './revisionIssues.js'

// Lists that cannot change (frozen, each record deep-frozen) and passed: checked once, not on every query.
const checked = new WeakSet<readonly unknown[]>()

/**
 * Checks each record of a caller's list (a NaN value is NOT_FINITE naming
 * `options.dataset.observations[3].value`) and returns the list to read: the list itself when it
 * cannot change (frozen, its records deep-frozen: the package's own, a view from asOf), checked
 * once; any other list on every call, as a frozen list of the records as checked (a caller's
 * record as a deep-frozen copy). So no query hands back, or computes from, a record the package
 * would refuse as an argument, or one that can change after its check.
 */
export function checkRecords<Checked>(list: readonly unknown[], check: (record: unknown, input: string) => Checked, input: string): readonly Checked[] {
  if (checked.has(list)) return list as readonly Checked[]
  const seen = new Map<unknown, number>()
  const records = list.map((record, index) => {
    const fields = check(record, `${input}[${index}]`)
    // Two records with one id make every lookup by id ambiguous (which gdp-2021 is it?).
    const { id } = fields as { readonly id?: unknown }
    const first = seen.get(id)
    if (first !== undefined) refuse('INVALID_ARGUMENT', `${input}[${index}].id`, `${String(id)} is the id of ${input}[${first}] too`)
    seen.set(id, index)
    return frozenRecord(record as Checked, fields)
  })
  // The same rules as DatasetSchema, in the same words: a revision of another figure would be
  // returned as the latest vintage of this one.
  const [issue] = revisionIssues(records)
  if (issue !== undefined) refuse('INVALID_ARGUMENT', `${input}[${issue.index}].supersedes`, issue.message)
  // frozenRecord keeps a deep-frozen record as it is: the list is all such records, each in a
  // data property (a getter in a frozen list could hand over another record later).
  const slots = Object.getOwnPropertyDescriptors(list) as unknown as Record<PropertyKey, PropertyDescriptor>
  const fixed = Object.isFrozen(list) && Object.values(slots).every((slot) => 'value' in slot)
  if (!fixed || records.some((record, index) => record !== slots[index]?.value)) return Object.freeze(records)
  checked.add(list)
  return list as readonly Checked[]
}
