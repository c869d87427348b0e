import { observationIndex, seriesKey } from '../_internal/datasetIndex.js'
import { resolveQuery } from '../_internal/queryOptions.js'
import type { IndicatorId } from '../data/ids.js'
import type { Observation } from '../types.js'
import type { ObservationQueryOptions } from './findObservation.js'

const NONE: readonly Observation[] = /* @__PURE__ */ Object.freeze([])

/**
 * Every value of one indicator, in time order: by default the zone's levels, each period once in
 * its latest vintage. Periods of different lengths are all included (Q1–Q3 2021 comes before
 * 2021, which ends later); filter on `period` to keep one kind. Precomputed: O(1).
 *
 * @category Queries
 * @param indicator - The indicator id.
 * @param options - The scope, the measure, and the dataset view to ask.
 * @returns The observations sorted by period (by last day, then first day); empty when none.
 * Frozen; from a view of your own, deep-frozen copies of your records.
 * @throws {@link CdhtDataError} `UNKNOWN_ID` (`indicator`, `options.scope`), `INVALID_ARGUMENT`
 * (`options.measure`; an option it does not have, e.g. `options.status`; `options` not a plain object, e.g. a `Date`; an option given as `null`).
 * A record of a view given as `options.dataset` is refused as an argument would be (`NOT_FINITE`,
 * `INVALID_ARGUMENT`, … naming `options.dataset.observations[i].value`).
 * @example
 * ```ts
 * import { observationSeries } from 'cdht-data'
 * const years = observationSeries('gdp').filter((o) => /^\d{4}$/.test(o.period)).map((o) => o.period)
 * console.log(years.slice(-2))
 * //=> [ '2022', '2023' ]
 * ```
 */
export function observationSeries(indicator: IndicatorId, options: ObservationQueryOptions = {}): readonly Observation[] {
  const query = resolveQuery(indicator, options)
  return observationIndex(query.observations).series.get(seriesKey(query.indicator, query.scope, query.measure)) ?? NONE
}
