import { periodBounds } from '../../time/periodBounds.js'
import type { DatasetView } from '../../query/asOf.js'
import { findObservation } from '../../query/findObservation.js'
import { getIndicator } from '../../query/getIndicator.js'
import { observationSeries } from '../../query/observationSeries.js'
import { daysLeft } from '../../targets/daysLeft.js'
import { onPace } from '../../targets/onPace.js'
import type { Pace } from '../../targets/onPace.js'
import { periodElapsed } from '../../targets/periodElapsed.js'
import { requiredGrowth } from '../../targets/requiredGrowth.js'
import type { RequiredGrowth } from '../../targets/requiredGrowth.js'
import { targetGap } from '../../targets/targetGap.js'
import type { TargetGap } from '../../targets/targetGap.js'
import type { Observation, Target } from '../../types.js'

/** Everything `gap` says about a target on a day; also its --json output. */
export interface GapReport {
  readonly target: Target
  /** The day it is computed for, `YYYY-MM-DD`. */
  readonly on: string
  readonly daysLeft: number
  /** The share of the target's time passed by the end of `on`. */
  readonly elapsed: number
  /** Against the actual for the target's whole period (or --actual); `null` without one. */
  readonly gap: TargetGap | null
  /**
   * For a flow with no figure for the whole period yet: the latest figure accumulated since the
   * period began (Q1–Q3 for a year), which `pace` is measured on.
   */
  readonly yearToDate: Observation | null
  /** Progress against time passed, for level targets of flows; `null` where there is no pace. */
  readonly pace: Pace | null
  /** The yearly growth needed from the latest earlier level; `null` without one. */
  readonly required: (RequiredGrowth & { readonly from: Observation | number }) | null
}

/** What `gap` was asked: the target, the day, --actual, and the dataset view of --as-of. */
export interface GapQuery {
  readonly target: Target
  readonly on: string
  readonly actual?: number
  readonly dataset?: DatasetView
}

const endOf = (period: string): string => periodBounds(period).end
// A year is like a year, Q1–Q3 like Q1–Q3: the digits of the years aside, the periods read alike.
const sameLength = (a: string, b: string): boolean => a.replace(/\d{4}/g, 'Y') === b.replace(/\d{4}/g, 'Y')

// The dataset's actual for the target: for a flow, the figure of exactly the target's period;
// for a stock, the latest value dated by the deadline.
function dataActual(target: Target, levels: readonly Observation[], dataset: DatasetView | undefined): Observation | undefined {
  if (getIndicator(target.indicator).kind === 'flow') {
    return findObservation(target.indicator, target.period, { scope: target.scope, measure: target.measure, ...(dataset === undefined ? {} : { dataset }) })
  }
  return levels.filter((observation) => endOf(observation.period) <= target.deadline).at(-1)
}

function paceOf(query: GapQuery, full: Observation | undefined, yearToDate: Observation | null): Pace | null {
  const { target } = query
  if (getIndicator(target.indicator).kind !== 'flow' || target.measure !== 'level' || target.value <= 0) return null
  if (query.actual !== undefined) return onPace(target, query.actual, query.on)
  if (full !== undefined || yearToDate === null) return null
  return onPace(target, yearToDate)
}

function requiredOf(query: GapQuery, levels: readonly Observation[]): GapReport['required'] {
  const { target } = query
  if (target.measure !== 'level' || target.value <= 0) return null
  const start = periodBounds(target.period).start
  if (getIndicator(target.indicator).kind === 'flow') {
    // Periods of the same length only: a 2023 level against a 2024 target, never Q1–Q3.
    const from = levels.filter((level) => sameLength(level.period, target.period) && endOf(level.period) < start).at(-1)
    return from === undefined || from.value <= 0 ? null : { ...requiredGrowth(target, from), from }
  }
  if (query.actual !== undefined) {
    return query.actual > 0 && query.on < target.deadline ? { ...requiredGrowth(target, query.actual, { from: query.on }), from: query.actual } : null
  }
  const from = levels.filter((level) => endOf(level.period) < target.deadline).at(-1)
  return from === undefined || from.value <= 0 ? null : { ...requiredGrowth(target, from), from }
}

/**
 * The gap, progress, verdict, days left, time passed, pace and required growth of a target, all
 * from the package's target helpers, with the actual from --actual or from the dataset (as known
 * on --as-of).
 */
export function gapReport(query: GapQuery): GapReport {
  const { target, dataset } = query
  const levels = observationSeries(target.indicator, { scope: target.scope, ...(dataset === undefined ? {} : { dataset }) })
  const full = query.actual === undefined ? dataActual(target, levels, dataset) : undefined
  const measured = query.actual ?? full
  const flow = getIndicator(target.indicator).kind === 'flow'
  const yearToDate =
    flow && full === undefined && query.actual === undefined && target.measure === 'level'
      ? (levels.filter((level) => periodBounds(level.period).start === periodBounds(target.period).start && endOf(level.period) < target.deadline).at(-1) ?? null)
      : null
  return {
    target,
    on: query.on,
    daysLeft: daysLeft(target, query.on),
    elapsed: periodElapsed(target, query.on),
    gap: measured === undefined ? null : targetGap(target, measured),
    yearToDate,
    pace: paceOf(query, full, yearToDate),
    required: requiredOf(query, levels),
  }
}
