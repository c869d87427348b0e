/**
 * A `Date` at noon of a calendar day `YYYY-MM-DD` in the host's zone, for date-fns calendar
 * arithmetic (`differenceInMonths`, `addMonths`), which reads local fields. Noon is far from any
 * daylight-saving jump, so the local fields are the day itself under any `TZ`.
 */
export function localNoon(day: string): Date {
  // Not `new Date(y, m, d, 12)`, which reads a year 0–99 as 1900–1999.
  const date = new Date(0)
  date.setFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)))
  date.setHours(12, 0, 0, 0)
  return date
}
