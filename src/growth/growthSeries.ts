import { reportedGrowthWarnings } from '../_internal/reportedGrowth.js'
import type { IndicatorId, ZoneId } from '../data/ids.js'
import type { DatasetView } from '../query/asOf.js'
import { findObservation } from '../query/findObservation.js'
import { observationSeries } from '../query/observationSeries.js'
import type { Observation } from '../types.js'
import { growthRate } from './growthRate.js'
import type { GrowthResult, GrowthWarning } from './types.js'

/**
 * Options of {@link growthSeries}.
 * @category Growth
 */
export interface GrowthSeriesOptions {
  /** The area, by default the zone itself. */
  readonly scope?: ZoneId
  /** The dataset to ask, by default all of it; {@link asOf} gives it as known on a day. */
  readonly dataset?: DatasetView
}

/**
 * One year-on-year rate of {@link growthSeries}: computed from two levels, next to the growth
 * the source reports for the same period.
 * @category Growth
 */
export interface GrowthSeriesEntry extends GrowthResult {
  /** The later period. */
  readonly period: string
  /** The same part of the year before. */
  readonly previousPeriod: string
  /** The later level. */
  readonly current: Observation
  /** The earlier level. */
  readonly previous: Observation
  /** The growth the source reports for `period`, or `null` when it reports none. */
  readonly reported: Observation | null
  /** `REAL_VS_NOMINAL` when `reported` is real and the levels are yuan; `BASIS_UNSPECIFIED` when its basis is not stated. */
  readonly warnings: readonly GrowthWarning[]
}

/**
 * Every year-on-year rate of an indicator's levels, sorted by period: each level against the
 * level of the same part of the previous year (2023 against 2022, Q1–Q3 2021 against Q1–Q3
 * 2020), where both exist, computed as {@link growthRate} does. Each entry carries the growth the
 * source reports for that period and a warning when the two are different measures: for GDP the
 * reported growth is real (constant prices) while the rate between yuan levels is nominal.
 *
 * A rate between two lower bounds is unknown and left out; a rate with one is marked by its
 * `bound`. Years with no level the year before are left out, not bridged.
 *
 * @category Growth
 * @param indicator - The indicator id.
 * @param options - The scope, and the dataset view to ask.
 * @returns The entries in time order; empty when no two consecutive years have levels.
 * @throws {@link CdhtDataError} `UNKNOWN_ID` (`indicator`, `options.scope`).
 * @example
 * ```ts
 * import { growthSeries } from 'cdht-data'
 * const latest = growthSeries('gdp').at(-1)
 * console.log(latest?.percent.toFixed(2))
 * //=> '6.15'
 * console.log(latest?.reported?.value)
 * //=> 6
 * console.log(latest?.warnings.map((warning) => warning.code))
 * //=> ['REAL_VS_NOMINAL']
 * ```
 */
export function growthSeries(indicator: IndicatorId, options: GrowthSeriesOptions = {}): readonly GrowthSeriesEntry[] {
  const query = { ...options, measure: 'level' } as const
  const levels = observationSeries(indicator, query)
  const byPeriod = new Map(levels.map((level) => [level.period, level]))
  return levels.flatMap((current): GrowthSeriesEntry[] => {
    const previousPeriod = current.period.replace(/\d{4}/g, (year) => String(Number(year) - 1))
    const previous = byPeriod.get(previousPeriod)
    // Two lower bounds say nothing about the rate between them: growthRate would refuse.
    if (previous === undefined || (current.bound === 'lower' && previous.bound === 'lower')) return []
    const reported = findObservation(indicator, current.period, { ...query, measure: 'growth' }) ?? null
    return [
      {
        ...growthRate(current, previous),
        period: current.period,
        previousPeriod,
        current,
        previous,
        reported,
        warnings: reported === null ? [] : reportedGrowthWarnings(current, reported, 'reported'),
      },
    ]
  })
}
