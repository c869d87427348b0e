import { utcTime } from './utcTime.js'

const MS_PER_DAY = 86_400_000

/**
 * The number of a calendar day `YYYY-MM-DD` counted from 1970-01-01 (day 0). Days are counted on
 * the calendar, not in any zone's hours, so the difference of two is whole days everywhere.
 */
export function dayNumber(day: string): number {
  return utcTime(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / MS_PER_DAY
}
