/**
 * A `Date` at noon of a calendar day `YYYY-MM-DD` in the host's zone, for date-fns calendar
 * arithmetic (`differenceInMonths`, `addMonths`), which reads local fields. Noon is far from any
 * daylight-saving jump, so the local fields are the day itself under any `TZ`.
 */
export function localNoon(day: string): Date {
  return new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), 12)
}
