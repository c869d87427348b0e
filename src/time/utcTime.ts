/**
 * The time of midnight UTC on a calendar day, as `Date.UTC` gives it but for every year 0–9999:
 * `Date.UTC` reads a year 0–99 as 1900–1999, so 0050-06-15 would count from 1950-06-15.
 * `monthIndex` counts from 0, and `day` 0 is the last day of the month before, as in `Date.UTC`.
 */
export function utcTime(year: number, monthIndex: number, day: number): number {
  const date = new Date(0)
  date.setUTCFullYear(year, monthIndex, day)
  return date.getTime()
}
