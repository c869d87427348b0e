/**
 * Freezes a value and everything reachable from it, so shared data cannot be changed by one
 * consumer under another's feet. Returns the same value, typed as deeply readonly.
 *
 * Only the package's own plain data (parsed JSON, the views and results it builds) passes through
 * here, so own enumerable string keys are all there is to walk. Every collection is frozen when
 * the entry loads, about 900 objects holding 5,000 strings and numbers, so the walk is written
 * for a cold start: it recurses only into members that are unfrozen objects (a call per string
 * cost as much as the freezing), and indexes arrays and key lists rather than iterating them
 * (`Object.values` and `for…of` took twice as long on Node 20 and 22).
 */
export function deepFreeze<Value>(value: Value): Value {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) freezeAll(value)
  return value
}

/* eslint-disable @typescript-eslint/prefer-for-of, @typescript-eslint/no-non-null-assertion -- indexed loops: `for…of` was slower on a cold start (above) */
function freezeAll(object: object): void {
  Object.freeze(object)
  if (Array.isArray(object)) {
    for (let index = 0; index < object.length; index++) freezeMember(object[index])
  } else {
    const keys = Object.keys(object)
    for (let index = 0; index < keys.length; index++) freezeMember((object as Record<string, unknown>)[keys[index]!])
  }
}
/* eslint-enable @typescript-eslint/prefer-for-of, @typescript-eslint/no-non-null-assertion */

function freezeMember(member: unknown): void {
  if (typeof member === 'object' && member !== null && !Object.isFrozen(member)) freezeAll(member)
}
