/**
 * Whether a value is a real `Date`, also one from another realm (an iframe, `vm`), where
 * `instanceof Date` is false. The tag alone can be forged, so the date's own `getTime` must accept it.
 */
export function isDate(value: unknown): value is Date {
  if (value instanceof Date) return true
  if (Object.prototype.toString.call(value) !== '[object Date]') return false
  try {
    Date.prototype.getTime.call(value)
    return true
  } catch {
    return false
  }
}
