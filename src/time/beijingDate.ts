import { TZDate } from '@date-fns/tz/date'
import { BEIJING } from './beijing.js'

/** The start of a calendar day `YYYY-MM-DD` in Beijing, for date-fns arithmetic in that zone. */
export function beijingDate(day: string): TZDate {
  return new TZDate(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), BEIJING)
}
