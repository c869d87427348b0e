import { parseISO } from 'date-fns/parseISO'
import { refuse } from '../_internal/checkNumber.js'
import { THROWS } from '../_internal/plainData.js'
import { beijingDay } from './beijingDay.js'
import { dateForm } from './dateForm.js'
import { daysInMonth } from './daysInMonth.js'
import { isDate } from './isDate.js'

/**
 * The calendar day of a `DateInput`, `YYYY-MM-DD`: a date-only `YYYY-MM-DD` is that day; a
 * date-time without an offset (`YYYY-MM-DDTHH:MM`, seconds optional) is Beijing wall time, so its
 * date is the day; a `Date` (of any realm) or a date-time with `Z` or a `±HH:MM` offset (within
 * ±14:00) is an instant whose day is taken in Beijing (Asia/Shanghai). The same under any host
 * `TZ`. Any other form (a year, a month, a week date, a basic form, spaces), or a date the
 * calendar does not have, is `INVALID_DATE` naming `input`; an object that throws when read (a
 * revoked proxy) is `INVALID_ARGUMENT` naming it.
 */
export function calendarDay(value: unknown, input: string): string {
  // A revoked proxy throws on every read: that, not its form, is what is wrong with it.
  try {
    Array.isArray(value)
  } catch {
    refuse('INVALID_ARGUMENT', input, THROWS)
  }
  if (isDate(value)) {
    const time = Date.prototype.getTime.call(value)
    return Number.isNaN(time) ? invalid(value, input) : checkYear(beijingDay(time), value, input)
  }
  if (typeof value !== 'string') return invalid(value, input)
  const form = dateForm(value)
  if (form === null) return invalid(value, input)
  // A date the calendar does not have (2023-02-30, month 13) is no day. Checked by hand, not by
  // parseISO: a date-only day, the common case, then never runs date-fns' parser.
  const [year = 0, month = 0, day = 0] = form.date.split('-').map(Number)
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return invalid(value, input)
  if (!form.instant) return form.date
  const time = parseISO(value).getTime()
  return Number.isNaN(time) ? invalid(value, input) : checkYear(beijingDay(time), value, input)
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
