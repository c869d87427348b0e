import { addMonths } from 'date-fns/addMonths'
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { differenceInMonths } from 'date-fns/differenceInMonths'
import { finiteResult, positive, refuse } from '../_internal/checkNumber.js'
import { checkObservation, optionsArgument } from '../_internal/recordShape.js'
import { breaksSinceSet, refuseAcrossBreaks } from '../_internal/breaks.js'
import { periodShape } from '../_internal/levelPair.js'
import { actualValue, resolveTarget, targetKind, targetSpan } from '../_internal/targetActual.js'
import type { TargetId } from '../data/ids.js'
import { periodBounds } from '../time/periodBounds.js'
import type { ComputedBound } from '../growth/types.js'
import type { DateInput } from '../time/types.js'
import { localNoon } from '../time/localNoon.js'
import { calendarDay } from '../time/calendarDay.js'
import { previousDay } from '../time/previousDay.js'
import type { Observation, Target } from '../types.js'

/**
 * Options of {@link requiredGrowth}.
 * @category Targets
 */
export interface RequiredGrowthOptions {
  /**
   * For a number `current`: the day it is for. By default the day before the target's period
   * starts (2023-12-31 for a 2024 target), i.e. the previous period's value. A date-only
   * string is that calendar day; a `Date` or a date-time with an offset is an instant whose
   * calendar day is taken in Beijing (Asia/Shanghai), whatever the host's time zone.
   */
  readonly from?: DateInput
}

/**
 * The growth needed to reach a target, from {@link requiredGrowth}.
 * @category Targets
 */
export interface RequiredGrowth {
  /** The constant yearly rate, in percent, that leads from the current value to the target's by its deadline. */
  readonly percentPerYear: number
  /** The whole change needed, in percent. Zero or below: the current value already reaches it. */
  readonly totalPercent: number
  /** Years from the current value's day to the deadline (a fraction where they are not whole). */
  readonly years: number
  /** `upper` when the current value is a lower bound: less growth may do. */
  readonly bound: ComputedBound
}

/**
 * The growth rate a value needs to reach a target by its deadline: the compound yearly rate from
 * the current value's day to the deadline, and the total change. It is the rate to reach the
 * value exactly; a `gt` target (突破) needs a hair more.
 *
 * For a flow (GDP in a year), periods of the same length are compared: a 2023 level against a
 * 2024 target is one year; Q1–Q3 against a full year is refused. For a stock (enterprises on a
 * day), the years run from the current observation's day to the deadline. Only level targets
 * have a required growth, and only in an amount or a count: a percentage target (a rate of 30%)
 * is refused, since compound growth of a percentage means nothing; its gap is in percentage
 * points, which {@link targetGap} gives. The current value's day must be at least a month before
 * the deadline: a yearly rate from a span of days would extrapolate it wildly.
 *
 * @category Targets
 * @param target - The target, or its id.
 * @param current - The value to grow from (in the target's unit and multiplier), or an observation.
 * @param options - For a number: the day it is for.
 * @returns The yearly and total rates, frozen.
 * @throws {@link CdhtDataError} `UNKNOWN_ID` (`target`), `INVALID_ARGUMENT` (`target.measure` not
 * a level; `target` in percent; `current.indicator`, `current.measure`), `NOT_FINITE` or `NOT_POSITIVE` (`current`,
 * `target.value`), `NOT_INTEGER` (`current`, `current.value`) for a fraction of a counted
 * thing at any multiplier, `UNIT_MISMATCH`, `SCOPE_MISMATCH` (`current.unit`, `current.scope`),
 * `INVALID_PERIOD` (`current.period`, `options.from`) when it is not a month or more before the deadline or a flow's
 * period has another length, `INVALID_DATE` (`options.from`), `INVALID_ARGUMENT` (`options` not a plain object, e.g. a `Date`; an option it does not have, e.g. `options.status`, or given as `null`);
 * `BREAK_IN_SERIES` (`current`, `options.from`) when a break in series lies between the current
 * value and the deadline; `COMPARABILITY_UNKNOWN` (`current.coverage`) for an observation whose
 * coverage is `unstated`: a target states none, so it is read on the footing of the current
 * value, which is then unknown.
 * @example
 * ```ts
 * import { requiredGrowth } from 'cdht-data'
 * // 芯屏端 output of over 6200 亿元 by 2025, from 5000 亿元 in 2023
 * const needed = requiredGrowth('chip-display-terminal-output-2025', 5000, { from: '2023-12-31' })
 * console.log([needed.years, needed.percentPerYear.toFixed(2)])
 * //=> [2, '11.36']
 * ```
 */
export function requiredGrowth(target: Target | TargetId, current: Observation | number, options?: RequiredGrowthOptions): RequiredGrowth {
  const record = resolveTarget(target)
  const given = optionsArgument(options, ['from'])
  if (record.measure !== 'level') refuse('INVALID_ARGUMENT', 'target.measure', `only a level target has a required growth, not a ${record.measure}`)
  // Compound growth of a rate (20% to 30% as "+50% a year") means nothing a statistician uses.
  if (record.unit === 'percent') refuse('INVALID_ARGUMENT', 'target', `${record.id} is a percentage: the gap is in percentage points (targetGap gives it), not a growth rate`)
  // A caller's observation read once, own fields only (an inherited coverage is not its own).
  const observed = typeof current === 'object' ? checkObservation(current, 'current') : current
  const name = typeof observed === 'number' ? 'current' : 'current.value'
  const start = actualValue(record, observed, 'current')
  // A growth from a figure on another footing (another area, another measure) would be no rate at all.
  if (typeof observed === 'object') refuseAcrossBreaks(observed, { ...record, coverage: observed.coverage }, 'current')
  const from = typeof observed === 'number' ? fromForNumber(record, given) : fromForObservation(record, observed)
  const deadline = localNoon(targetSpan(record).end)
  const months = differenceInMonths(deadline, from)
  const years = months / 12 + differenceInCalendarDays(deadline, addMonths(from, months)) / 365.25
  // Under a month, a yearly rate extrapolates days to a year (1 to 10 in a day: +2.5e37% a year).
  if (months < 1) {
    refuse('INVALID_PERIOD', typeof observed === 'number' ? 'options.from' : 'current.period', `not a month or more before the deadline ${record.deadline}`)
  }
  const ratio = positive(record.value, 'target.value') / positive(start.value, name)
  return Object.freeze({
    percentPerYear: finiteResult((ratio ** (1 / years) - 1) * 100, name),
    totalPercent: finiteResult((ratio - 1) * 100, name),
    years,
    bound: start.lower ? 'upper' : 'exact',
  })
}

function fromForNumber(target: Target, options: RequiredGrowthOptions): Date {
  const start = targetSpan(target).start
  const day = options.from === undefined ? previousDay(start) : calendarDay(options.from, 'options.from')
  // A number dated before a break is on the old footing, like an observation there.
  const crossed = breaksSinceSet(target, day)
  if (crossed.length > 0) {
    refuse('BREAK_IN_SERIES', 'options.from', `break in series between ${day} and ${target.period}: ${crossed.map((item) => `${item.id} (${item.kind})`).join(', ')}`)
  }
  return localNoon(day)
}

function fromForObservation(target: Target, current: Observation): Date {
  const sameLength = periodShape(current.period) === periodShape(target.period)
  if (targetKind(target) === 'flow' && !sameLength) {
    refuse('INVALID_PERIOD', 'current.period', `a flow is compared over periods of the same length: ${current.period} is not like ${target.period}`)
  }
  return localNoon(periodBounds(current.period).end)
}
