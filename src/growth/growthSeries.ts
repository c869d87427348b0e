import { breaksBetween, footingUnknown } from '../_internal/breaks.js'
import { datasetArgument } from '../_internal/datasetArgument.js'
import { optionsArgument, stringArgument } from '../_internal/recordShape.js'
import { reportedGrowthWarnings } from '../_internal/reportedGrowth.js'
import { breaks as allBreaks } from '../data/collections.js'
import type { IndicatorId, ZoneId } from '../data/ids.js'
import type { DatasetView } from '../query/asOf.js'
import { findObservation } from '../query/findObservation.js'
import { observationSeries } from '../query/observationSeries.js'
import type { Observation, SeriesBreak } from '../types.js'
import { levelGrowth } from './growthRate.js'
import type { Comparability, GrowthResult, GrowthWarning } from './types.js'
import { frozenRecord } from '../_internal/frozenRecord.js'

const EMPTY: readonly [] = /* @__PURE__ */ Object.freeze([] as const)

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
 * What every entry of {@link growthSeries} holds, rate or break.
 * @category Growth
 */
export interface GrowthSeriesPair {
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
  /** Whether the two levels are one series: it tells the three kinds of entry apart. */
  readonly comparability: Comparability
}

/**
 * An entry of {@link growthSeries} with a computed rate: no break in series lies between its levels.
 * @category Growth
 */
export interface GrowthSeriesRate extends GrowthSeriesPair, GrowthResult {
  /** The levels are one series. */
  readonly comparability: 'comparable'
  /** Empty: no break lies between the two levels. */
  readonly breaks: readonly []
}

/**
 * An entry of {@link growthSeries} across a break in series: the levels are not comparable, so
 * there is no rate (`percent`, `bound` and `basis` are `null`), and `breaks` says why.
 * @category Growth
 */
export interface GrowthSeriesBreak extends GrowthSeriesPair {
  /** A break in series lies between the levels. */
  readonly comparability: 'break'
  /** No rate across a break. */
  readonly percent: null
  /** No rate, so no bound. */
  readonly bound: null
  /** No rate, so no price basis. */
  readonly basis: null
  /** The breaks between the two levels (at least one). */
  readonly breaks: readonly [SeriesBreak, ...SeriesBreak[]]
}

/**
 * An entry of {@link growthSeries} between two bonded-zone levels that both leave their coverage
 * `unstated` (with or without the Shuangliu area): they may or may not be one series, so there is
 * no rate, and no break to show either. The reported growth, the source's own like-for-like
 * figure, is still there.
 * @category Growth
 */
export interface GrowthSeriesUnknown extends GrowthSeriesPair {
  /** Neither level states its coverage. */
  readonly comparability: 'unknown'
  /** No rate between levels that may not be one series. */
  readonly percent: null
  /** No rate, so no bound. */
  readonly bound: null
  /** No rate, so no price basis. */
  readonly basis: null
  /** Empty: no known break lies between them. */
  readonly breaks: readonly []
}

/**
 * One year-on-year entry of {@link growthSeries}, told apart by `comparability`: a rate computed
 * from two levels next to the growth the source reports (`comparable`); across a break in
 * series, the breaks and no number (`break`); between two levels neither of which states its
 * coverage, no number (`unknown`). Test `percent === null` (or `comparability`) before reading
 * the rate; TypeScript insists.
 * @category Growth
 */
export type GrowthSeriesEntry = GrowthSeriesRate | GrowthSeriesBreak | GrowthSeriesUnknown

/**
 * Every year-on-year rate of an indicator's levels, sorted by period: each level against the
 * level of the same part of the previous year (2023 against 2022, Q1–Q3 2021 against Q1–Q3
 * 2020), where both exist, computed as {@link growthRate} does. Each entry carries the growth the
 * source reports for that period and a warning when the two are different measures: for GDP the
 * reported growth is real (constant prices) while the rate between yuan levels is nominal.
 *
 * Where a break in series (the dataset's `breaks`: the measure renamed, the area, the coverage or
 * the currency changed) lies between two levels, the entry has `percent: null` and the breaks,
 * never a silent number. Between two levels that both leave their coverage `unstated` (the
 * bonded zone's 2019 and 2020 trade), whether they are one series is unknown: `percent: null`,
 * `comparability: 'unknown'`. A rate between two lower bounds is unknown and left out; a rate with
 * one is marked by its `bound`. Years with no level the year before are left out, not bridged.
 *
 * @category Growth
 * @param indicator - The indicator id.
 * @param options - The scope, and the dataset view to ask (its breaks too).
 * @returns The entries in time order, frozen; empty when no two consecutive years have levels.
 * @throws {@link CdhtDataError} `UNKNOWN_ID` (`indicator`, `options.scope`), `INVALID_ARGUMENT`
 * (`indicator`, `options`, `options.scope` or `options.dataset` of the wrong type, `options` not
 * a plain object, e.g. a `Date`, an option given as `null`; an option it does not have, e.g. `options.status`,
 * `options.measure` included: the series is of levels); for a view of your own, the code of its
 * first bad record field, naming it (`options.dataset.observations[3].value`), e.g. `UNKNOWN_ID`
 * (`options.dataset.breaks[0].indicator`, `.scope`), `INVALID_PERIOD` (`options.dataset.breaks[0].from`),
 * `INVALID_ARGUMENT` (`options.dataset.breaks[0].id`, `.kind`, a break that contains itself, two with one id).
 * @example
 * ```ts
 * import { growthSeries } from 'cdht-data'
 * const latest = growthSeries('gdp').at(-1)
 * console.log(latest?.percent?.toFixed(2))
 * //=> '6.15'
 * console.log(latest?.reported?.value)
 * //=> 6
 * console.log(latest?.warnings.map((warning) => warning.code))
 * //=> ['REAL_VS_NOMINAL']
 * ```
 * @example
 * ```ts
 * import { growthSeries } from 'cdht-data'
 * // Bonded-zone trade 2020 against 2019: neither says whether the Shuangliu area is in
 * const entry = growthSeries('foreign-trade', { scope: 'bonded-zone' }).find((item) => item.period === '2020')
 * console.log([entry?.comparability, entry?.percent, entry?.reported?.value])
 * //=> ['unknown', null, 26.8]
 * ```
 */
export function growthSeries(indicator: IndicatorId, options?: GrowthSeriesOptions): readonly GrowthSeriesEntry[] {
  const given = optionsArgument(options, ['scope', 'dataset'])
  stringArgument(indicator, 'indicator')
  if (given.scope !== undefined) stringArgument(given.scope, 'options.scope')
  // The view as checked: its lists cannot change, so the lookups below index them once, not per entry.
  const dataset = given.dataset === undefined ? undefined : datasetArgument(given.dataset, 'options.dataset')
  const breaks = dataset === undefined ? allBreaks : dataset.breaks
  const query = { ...given, ...(dataset === undefined ? {} : { dataset }), measure: 'level' } as const
  const levels = observationSeries(indicator, query)
  const byPeriod = new Map(levels.map((level) => [level.period, level]))
  const entries = levels.flatMap((current): GrowthSeriesEntry[] => {
    const previousPeriod = current.period.replace(/\d{4}/g, (year) => String(Number(year) - 1))
    const previous = byPeriod.get(previousPeriod)
    // Two lower bounds say nothing about the rate between them: growthRate would refuse.
    if (previous === undefined || (current.bound === 'lower' && previous.bound === 'lower')) return []
    const reported = findObservation(indicator, current.period, { ...query, measure: 'growth' }) ?? null
    const pair = {
      period: current.period,
      previousPeriod,
      current: frozenRecord(current),
      previous: frozenRecord(previous),
      reported: frozenRecord(reported),
      warnings: Object.freeze(reported === null ? [] : reportedGrowthWarnings(current, reported, 'reported')),
    }
    const across = Object.freeze(breaksBetween(previous, current, breaks))
    if (across.length > 0) {
      return [Object.freeze({ ...pair, comparability: 'break', percent: null, bound: null, basis: null, breaks: across as GrowthSeriesBreak['breaks'] })]
    }
    // Yuan against dollars with no currency break recorded: not one series, and no break to show.
    if (previous.unit !== current.unit) return []
    if (footingUnknown(previous, current)) return [Object.freeze({ ...pair, comparability: 'unknown', percent: null, bound: null, basis: null, breaks: EMPTY })]
    return [Object.freeze({ ...pair, comparability: 'comparable', ...levelGrowth(current, previous, breaks), breaks: EMPTY })]
  })
  // Each entry is frozen, and its records are ours or frozen copies of a caller's.
  return Object.freeze(entries)
}
