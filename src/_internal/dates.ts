import { endOfMonth, endOfYear, isValid, parseISO, startOfDay } from 'date-fns'
import type { DateInput } from '../query/asOf.js'
import { refuse, show } from './checkNumber.js'

// Every date is reduced to the start of its calendar day in local time: the data is dated to
// the day, and comparing instants within a day would make 2024-02-23 "before" 2024-02-23 12:00.

/**
 * The calendar day of a `Date` or an ISO 8601 string (read by date-fns `parseISO`, so `2024`
 * is 2024-01-01), or `INVALID_DATE` naming `input`; date-fns would return an Invalid Date.
 */
export function toDay(value: DateInput | undefined, input: string): Date {
  const date = value instanceof Date ? value : typeof value === 'string' ? parseISO(value) : new Date(Number.NaN)
  return isValid(date) ? startOfDay(date) : refuse('INVALID_DATE', input, `not a valid date: ${show(value)}`)
}

/**
 * The last day a date published at partial precision can mean: `2018` is 2018-12-31,
 * `2023-02` is 2023-02-28, `2024-02-23` itself. Reading a partial date as its last day is the
 * conservative choice for "was it known by then?": a figure is never placed before it could
 * have been published.
 */
export function lastDayOf(published: string, input: string): Date {
  const day = toDay(published, input)
  if (/^\d{4}$/.test(published)) return startOfDay(endOfYear(day))
  if (/^\d{4}-\d{2}$/.test(published)) return startOfDay(endOfMonth(day))
  return day
}
