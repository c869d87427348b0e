/**
 * Freezes a value and everything reachable from it, so shared data cannot be changed by one
 * consumer under another's feet. Returns the same value, typed as deeply readonly.
 */
export function deepFreeze<Value>(value: Value): Value {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<PropertyKey, unknown>)[key])
    }
  }
  return value
}
