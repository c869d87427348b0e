import { utcTime } from './utcTime.js'

/** The number of days in a month (`month` 1–12) of a year 0–9999, on the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC so no zone shifts the date.
  return new Date(utcTime(year, month, 0)).getUTCDate()
}
