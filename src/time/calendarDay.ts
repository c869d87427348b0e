import { parseISO } from 'date-fns/parseISO'
import { refuse } from '../_internal/checkNumber.js'
import { beijingDay } from './beijingDay.js'
import { isDate } from './isDate.js'

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
const WITH_TIME = /[T ]/
const WITH_OFFSET = /[T ].*(?:Z|[+-]\d{2}(?::?\d{2})?)$/i

/**
 * The calendar day of a `DateInput`, `YYYY-MM-DD`: a date-only string is that day (`2024` is
 * 2024-01-01, as date-fns `parseISO` reads it); a date-time without an offset is Beijing wall
 * time, so its date is the day; a `Date` (of any realm) or a date-time with an offset is an
 * instant whose day is taken in Beijing (Asia/Shanghai). The same under any host `TZ`. Anything
 * else, or a day the calendar does not have, is `INVALID_DATE` naming `input`.
 */
export function calendarDay(value: unknown, input: string): string {
  if (isDate(value)) {
    const time = Date.prototype.getTime.call(value)
    return Number.isNaN(time) ? invalid(value, input) : checkYear(beijingDay(time), value, input)
  }
  if (typeof value !== 'string') return invalid(value, input)
  const instant = WITH_OFFSET.test(value)
  // Without an offset, read the wall time as UTC: its UTC fields are then the written ones,
  // whatever the host zone (parseISO alone would read local time).
  const time = parseISO(instant ? value : `${value}${WITH_TIME.test(value) ? '' : 'T00:00'}Z`).getTime()
  if (Number.isNaN(time)) return invalid(value, input)
  const day = instant ? beijingDay(time) : new Date(time).toISOString().slice(0, 10)
  // parseISO rolls 2023-02-30 over to March; a day the calendar does not have is no day.
  if (DATE_ONLY.test(value) && value !== day) return invalid(value, input)
  return checkYear(day, value, input)
}

function checkYear(day: string, value: unknown, input: string): string {
  return /^\d{4}-/.test(day) ? day : invalid(value, input)
}

function invalid(value: unknown, input: string): never {
  return refuse('INVALID_DATE', input, `not a valid date: ${describe(value)}`)
}

function describe(value: unknown): string {
  try {
    return typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : String(value).slice(0, 40)
  } catch {
    return typeof value
  }
}
