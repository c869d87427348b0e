/**
 * Whether a value is a real `Date`, also one from another realm (an iframe, `vm`), where
 * `instanceof Date` is false. Neither `instanceof` nor the tag proves it (`Object.create(Date.prototype)`
 * has both and no time; a revoked proxy throws on both), so only the date's own `getTime`
 * accepting it does.
 */
export function isDate(value: unknown): value is Date {
  try {
    Date.prototype.getTime.call(value)
    return true
  } catch {
    return false
  }
}
