/**
 * Freezes a value and everything reachable from it, so shared data cannot be changed by one
 * consumer under another's feet. Returns the same value, typed as deeply readonly.
 *
 * Only the package's own plain data (parsed JSON, the views and results it builds) passes through
 * here, so own enumerable string keys are all there is to walk. Every collection is frozen when
 * the entry loads, about 900 objects holding 5,000 strings and numbers, so the walk is written
 * for a cold start: it calls itself only for members that are objects (a call per string cost as
 * much as the freezing), and indexes arrays and key lists rather than iterating them (`for…of`
 * and `Object.values` took twice as long on Node 20 and 22). One function, not a pair calling
 * each other: V8 inlined the pair into one another and spent 24 ms optimising the result on a
 * second thread, more work than the freezing saved.
 */
/* eslint-disable @typescript-eslint/prefer-for-of, @typescript-eslint/no-non-null-assertion -- indexed loops: `for…of` was slower on a cold start (above) */
export function deepFreeze<Value>(value: Value): Value {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value
  Object.freeze(value)
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const member: unknown = value[index]
      if (typeof member === 'object' && member !== null) deepFreeze(member)
    }
  } else {
    const keys = Object.keys(value)
    for (let index = 0; index < keys.length; index++) {
      const member: unknown = (value as Record<string, unknown>)[keys[index]!]
      if (typeof member === 'object' && member !== null) deepFreeze(member)
    }
  }
  return value
}
/* eslint-enable @typescript-eslint/prefer-for-of, @typescript-eslint/no-non-null-assertion */
