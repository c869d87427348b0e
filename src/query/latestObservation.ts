import type { IndicatorId } from '../data/ids.js'
import type { Observation } from '../types.js'
import type { ObservationQueryOptions } from './findObservation.js'
import { observationSeries } from './observationSeries.js'

/**
 * The most recent value of an indicator: the observation whose period ends last, by default the
 * zone's level, in its latest vintage. With `options.dataset` from {@link asOf}, the most recent
 * value known on that day.
 *
 * @category Queries
 * @param indicator - The indicator id.
 * @param options - The scope, the measure, and the dataset view to ask.
 * @returns The observation, or `undefined` when the indicator has none. From a view of your
 * own, a deep-frozen copy of your record.
 * @throws {@link CdhtDataError} `UNKNOWN_ID` (`indicator`, `options.scope`), `INVALID_ARGUMENT`
 * (`options.measure`; an option it does not have, e.g. `options.status`; `options` not a plain object, e.g. a `Date`; an option given as `null`).
 * A record of a view given as `options.dataset` is refused as an argument would be (`NOT_FINITE`,
 * `INVALID_ARGUMENT`, … naming `options.dataset.observations[i].value`).
 * @example
 * ```ts
 * import { latestObservation } from 'cdht-data'
 * console.log(latestObservation('gdp')?.period)
 * //=> '2023'
 * ```
 */
export function latestObservation(indicator: IndicatorId, options: ObservationQueryOptions = {}): Observation | undefined {
  return observationSeries(indicator, options).at(-1)
}
