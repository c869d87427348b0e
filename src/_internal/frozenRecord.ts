import { deepFreeze } from './deepFreeze.js'

/**
 * Whether a value cannot change: frozen all the way down, with data properties only. A getter
 * survives `Object.freeze` and may answer differently at every read (3201.2 to the check, NaN
 * after), so a record with one is changeable; descriptors are read, so no getter runs here.
 */
export function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true
  if (!Object.isFrozen(value)) return false
  return Object.values(Object.getOwnPropertyDescriptors(value)).every((descriptor) => 'value' in descriptor && isDeepFrozen(descriptor.value))
}

/**
 * A record as a result hands it back: the package's own records (deep-frozen when the entry
 * loaded) as they are, a caller's record as a deep-frozen copy, so what a function returns is
 * frozen all the way down without freezing the caller's object under them. Only records that
 * passed the record check reach here, and that check (plainData) admits plain data with no
 * cycle only, so `structuredClone` copies them whole. `checked` is the copy the record check read
 * (its own fields, read once): a caller's record is handed back as it was checked, not read again.
 */
export function frozenRecord<Value>(record: Value, checked: Value = record): Value {
  return isDeepFrozen(record) ? record : deepFreeze(structuredClone(checked))
}
