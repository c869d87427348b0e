import { finiteResult, refuse } from '../_internal/checkNumber.js'
import { calendarDay } from '../time/calendarDay.js'
import { actualValue, resolveTarget, targetKind, targetSpan } from '../_internal/targetActual.js'
import { checkObservation } from '../_internal/recordShape.js'
import type { TargetId } from '../data/ids.js'
import { periodBounds } from '../time/periodBounds.js'
import type { DateInput } from '../time/types.js'
import type { Observation, Target } from '../types.js'
import { elapsedOn } from '../_internal/targetDays.js'

/**
 * Whether a flow is on pace for its target, from {@link onPace}.
 * @category Targets
 */
export interface Pace {
  /** The share of the target's value reached so far (`actual / target`). */
  readonly progress: number
  /** The share of the target's time passed (see {@link periodElapsed}). */
  readonly elapsed: number
  /** `progress − elapsed`: ahead above zero, behind below. */
  readonly lead: number
  /** Whether progress keeps up with time; `null` when the actual is a lower bound behind pace (it cannot be told). */
  readonly onPace: boolean | null
}

/**
 * Whether a flow target is on pace: the share of its value reached so far, against the share of
 * its time passed. The assumption is plain and strong: the flow accrues evenly, so a year's
 * target is on pace at the end of September with 273/365 of it (linear through the year).
 * Seasonal flows (much of the year's investment lands in December) will look behind early in the
 * year without being so; read the `lead` with that in mind.
 *
 * Only level targets of flow indicators have a pace: a stock (enterprises on a day) does not
 * start from zero each year. The actual is the flow accumulated since the period began: a
 * number with its day, or an observation whose period starts with the target's (Q1–Q3 2021 for
 * 2021), its day the end of that period. It reads no figure of the dataset: the actual, and
 * when it was known, are the caller's.
 *
 * @category Targets
 * @param target - The target, or its id.
 * @param actual - An observation of the flow accumulated since the target's period began.
 * @returns Progress, time passed, and the verdict, frozen.
 * @throws {@link CdhtDataError} `UNKNOWN_ID` (`target`), `INVALID_ARGUMENT` (`target.indicator`
 * not a flow, `target.measure` not a level, `actual.indicator`, `actual.measure`, `actual.bound`,
 * `actual.status` (a target is not an actual);
 * `actual.value` below zero: a flow accumulated since the period began is never negative),
 * `NOT_INTEGER` (`actual.value`) for a fraction of a counted thing at any multiplier,
 * `NOT_POSITIVE` (`target.value`), `UNIT_MISMATCH`, `SCOPE_MISMATCH` (`actual.unit`,
 * `actual.scope`), `INVALID_PERIOD` (`actual.period` not starting with the target's or ending
 * after its deadline), `INVALID_ARGUMENT` (`date`: an observation carries its own day).
 * @example
 * ```ts
 * import { getObservation, onPace } from 'cdht-data'
 * // Q1–Q3 2021 GDP of 2034.2 亿元 against the year's target of 2600
 * const pace = onPace('gdp-target-2021', getObservation('gdp-2021-01-2021-09'))
 * console.log([pace.onPace, pace.progress.toFixed(3), pace.elapsed.toFixed(3)])
 * //=> [true, '0.782', '0.748']
 * ```
 */
export function onPace(target: Target | TargetId, actual: Observation): Pace
/**
 * Whether a flow target is on pace, from the value accumulated by a day (see above for the
 * linear assumption).
 *
 * @category Targets
 * @param target - The target, or its id.
 * @param actual - The value accumulated since the target's period began, in its unit and multiplier.
 * @param date - The day it is for (see {@link DateInput}): a date-only string is that calendar day; a `Date` (of any realm) or a date-time with an offset is an instant whose calendar day is taken in Beijing (Asia/Shanghai), so the result is the same under any host time zone.
 * @returns Progress, time passed, and the verdict, frozen.
 * @throws {@link CdhtDataError} as with an observation, and `NOT_FINITE` (`actual`), `NOT_INTEGER`
 * (`actual`) for a fraction of a counted thing at any multiplier (2.5 clusters),
 * `INVALID_ARGUMENT` (`actual` below zero; `date` before the target's period starts, when
 * nothing toward it can have accrued), `INVALID_DATE` (`date`).
 * @example
 * ```ts
 * import { onPace } from 'cdht-data'
 * console.log(onPace('gdp-target-2021', 1200, '2021-06-30').onPace)
 * //=> false
 * ```
 */
export function onPace(target: Target | TargetId, actual: number, date: DateInput): Pace
export function onPace(target: Target | TargetId, actual: Observation | number, date?: DateInput): Pace {
  const record = resolveTarget(target)
  if (targetKind(record) !== 'flow') refuse('INVALID_ARGUMENT', 'target.indicator', `${record.indicator} is a stock: it has no pace`)
  if (record.measure !== 'level') refuse('INVALID_ARGUMENT', 'target.measure', `only a level target has a pace, not a ${record.measure}`)
  if (record.value <= 0) refuse('NOT_POSITIVE', 'target.value', `not above zero: ${record.value}`)
  // A caller's observation read once: its period is that of the value checked.
  const observed = typeof actual === 'object' ? checkObservation(actual, 'actual') : actual
  const reached = actualValue(record, observed, 'actual')
  const span = targetSpan(record)
  let day: string
  if (typeof observed === 'object') {
    // An observation's day is the end of its period: a second day would contradict it or be ignored.
    if (date !== undefined) refuse('INVALID_ARGUMENT', 'date', 'an observation is for the last day of its period: give no date with it')
    const covered = periodBounds(observed.period)
    if (covered.start !== span.start || covered.end > span.end) {
      refuse('INVALID_PERIOD', 'actual.period', `${observed.period} does not run from the start of ${record.period}`)
    }
    day = covered.end
  } else {
    day = calendarDay(date, 'date')
    if (day < span.start) refuse('INVALID_ARGUMENT', 'date', `${day} is before ${record.id}'s period starts (${span.start}): nothing toward it has accrued yet`)
  }
  const elapsed = elapsedOn(record, day)
  const progress = finiteResult(reached.value / record.value, 'target.value')
  // At the deadline a 突破/超 (gt) target needs more than all of it, as targetGap's met does.
  const ahead = record.comparator === 'gt' && elapsed >= 1 ? progress > 1 : progress >= elapsed
  return Object.freeze({ progress, elapsed, lead: progress - elapsed, onPace: ahead || !reached.lower ? ahead : null })
}
