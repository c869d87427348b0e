import { differenceInCalendarDays, parseISO } from 'date-fns'
import { toDay } from '../_internal/dates.js'
import { resolveTarget } from '../_internal/targetActual.js'
import type { TargetId } from '../data/ids.js'
import type { DateInput } from '../query/asOf.js'
import type { Target } from '../types.js'

/**
 * Calendar days from a day to a target's deadline: 0 on the deadline itself (its last day is
 * still open), negative once it has passed.
 *
 * @category Targets
 * @param target - The target, or its id.
 * @param date - The day to count from (a `Date`, its local calendar day, or an ISO 8601 string).
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
  const record = resolveTarget(target)
  return differenceInCalendarDays(parseISO(record.deadline), toDay(date, 'date'))
}
