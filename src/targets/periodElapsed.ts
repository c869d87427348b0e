import { calendarDay } from '../time/calendarDay.js'
import { resolveTarget } from '../_internal/targetActual.js'
import { elapsedOn } from '../_internal/targetDays.js'
import type { TargetId } from '../data/ids.js'
import type { DateInput } from '../time/types.js'
import type { Target } from '../types.js'

/**
 * The share of a target's time that has passed by the end of a day: from the first day of the
 * target's period to its deadline, both included, counted in calendar days. 0 before the period
 * starts, 1 from the deadline on; 2021-09-30 is 273 of 2021's 365 days, 0.748. The day: a date-only string is that calendar day; a `Date` (of any realm) or a date-time with an offset is an instant whose calendar day is taken in Beijing (Asia/Shanghai), so the result is the same under any host time zone. Calendar arithmetic only: it reads no figure, so nothing published later can leak into it (see {@link assessTarget} for what was known on a day).
 *
 * @category Targets
 * @param target - The target, or its id.
 * @param date - The day, counted as passed (see {@link DateInput}).
 * @returns A share from 0 to 1.
 * @throws {@link CdhtDataError} `UNKNOWN_ID` (`target`), `INVALID_DATE` (`date`).
 * @example
 * ```ts
 * import { periodElapsed } from 'cdht-data'
 * console.log(periodElapsed('gdp-target-2021', '2021-09-30').toFixed(3))
 * //=> '0.748'
 * ```
 */
export function periodElapsed(target: Target | TargetId, date: DateInput): number {
  return elapsedOn(resolveTarget(target), calendarDay(date, 'date'))
}
