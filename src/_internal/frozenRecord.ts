import { CdhtDataError } from '../errors.js'
import { refuse } from './checkNumber.js'
import { deepFreeze } from './deepFreeze.js'

function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen)
}

const NOT_DATA = 'not plain data (a function, Date, typed array, cycle…): cannot be copied'

// A record is data: plain objects, arrays and primitives. Anything else in a field of its own
// (a function, a Map, a typed array) has no faithful frozen copy.
function plainCopy(value: unknown, input: string): unknown {
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') return refuse('INVALID_ARGUMENT', input, NOT_DATA)
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map((item) => plainCopy(item, input))
  const prototype: unknown = Object.getPrototypeOf(value)
  if (prototype !== Object.prototype && prototype !== null) return refuse('INVALID_ARGUMENT', input, NOT_DATA)
  return Object.fromEntries(Object.entries(value).map(([key, member]) => [key, plainCopy(member, input)]))
}

/**
 * A record as a result hands it back: the package's own records (deep-frozen when the entry
 * loaded) as they are, a caller's record as a deep-frozen copy, so what a function returns is
 * frozen all the way down without freezing the caller's object under them. A record that is not
 * plain data (a function, a Date or a typed array in a field, a cycle, a getter that throws) is
 * `INVALID_ARGUMENT` naming `input`.
 */
export function frozenRecord<Value>(record: Value, input: string): Value {
  try {
    return isDeepFrozen(record) ? record : deepFreeze(plainCopy(record, input) as Value)
  } catch (error) {
    if (error instanceof CdhtDataError) throw error
    // A getter that throws, a proxy, a cycle deep enough to overflow the stack.
    return refuse('INVALID_ARGUMENT', input, NOT_DATA)
  }
}
