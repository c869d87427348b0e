import { TZDate } from '@date-fns/tz/date'
import { parseISO } from 'date-fns/parseISO'
import { refuse } from '../_internal/checkNumber.js'
import { BEIJING, inBeijing } from './beijing.js'
import { formatDay } from './formatDay.js'
import { isDate } from './isDate.js'

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/**
 * The calendar day of a `DateInput`, `YYYY-MM-DD`: a date-only string is that day; a `Date`
 * (of any realm) or a date-time with an offset is an instant whose day is taken in Beijing
 * (Asia/Shanghai), so the answer is the same under any host `TZ`. Anything else, or a day that
 * does not exist, is `INVALID_DATE` naming `input`.
 */
export function calendarDay(value: unknown, input: string): string {
  const date = isDate(value)
    ? new TZDate(Date.prototype.getTime.call(value), BEIJING)
    : typeof value === 'string'
      ? parseISO(value, { in: inBeijing })
      : undefined
  const time = date?.getTime()
  if (date === undefined || time === undefined || Number.isNaN(time) || date.getFullYear() > 9999 || date.getFullYear() < 0) {
    return refuse('INVALID_DATE', input, `not a valid date: ${describe(value)}`)
  }
  const day = formatDay(date.getFullYear(), date.getMonth() + 1, date.getDate())
  // parseISO rolls 2023-02-30 over to March; a day the calendar does not have is no day.
  if (typeof value === 'string' && DATE_ONLY.test(value) && value !== day) {
    return refuse('INVALID_DATE', input, `not a valid date: ${describe(value)}`)
  }
  return day
}

function describe(value: unknown): string {
  try {
    return typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : String(value).slice(0, 40)
  } catch {
    return typeof value
  }
}
