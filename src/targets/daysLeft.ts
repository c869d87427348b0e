import { calendarDay } from '../time/calendarDay.js'
import { resolveTarget } from '../_internal/targetActual.js'
import { daysLeftOn } from '../_internal/targetDays.js'
import type { TargetId } from '../data/ids.js'
import type { DateInput } from '../time/types.js'
import type { Target } from '../types.js'

/**
 * Calendar days from a day to a target's deadline: 0 on the deadline itself (its last day is
 * still open), negative once it has passed. The day: a date-only string is that calendar day; a `Date` (of any realm) or a date-time with an offset is an instant whose calendar day is taken in Beijing (Asia/Shanghai), so the result is the same under any host time zone. Calendar arithmetic only: it reads no figure, so nothing published later can leak into it (see {@link assessTarget} for what was known on a day).
 *
 * @category Targets
 * @param target - The target, or its id.
 * @param date - The day to count from (see {@link DateInput}).
 * @returns Whole days; negative after the deadline.
 * @throws {@link CdhtDataError} `UNKNOWN_ID` (`target`), `INVALID_DATE` (`date`).
 * @example
 * ```ts
 * import { daysLeft } from 'cdht-data'
 * console.log(daysLeft('talent-apartments-raised-2024', '2024-12-01'))
 * //=> 30
 * ```
 */
export function daysLeft(target: Target | TargetId, date: DateInput): number {
  return daysLeftOn(resolveTarget(target), calendarDay(date, 'date'))
}
