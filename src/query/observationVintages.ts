import type { IndicatorId } from '../data/ids.js'
import type { Observation } from '../types.js'
import { vintagesOf } from '../_internal/queryOptions.js'
import type { ObservationQueryOptions } from './findObservation.js'

/**
 * Every vintage of one figure, oldest first: the first publication and each later revision
 * (`supersedes`), ordered by the publication date of their sources (unknown dates first). The
 * last is what {@link findObservation} returns.
 *
 * @category Queries
 * @param indicator - The indicator id.
 * @param period - `YYYY`, `YYYY-MM/YYYY-MM` or `YYYY-MM-DD`.
 * @param options - The scope, the measure, and the dataset view to ask.
 * @returns The vintages, oldest first; empty when there is none. Frozen; from a view of your
 * own, deep-frozen copies of your records.
 * @throws {@link CdhtDataError} `UNKNOWN_ID` (`indicator`, `options.scope`), `INVALID_PERIOD`
 * (`period`), `INVALID_ARGUMENT` (`options.measure`; an option it does not have, e.g. `options.status`; `options` not a plain object, e.g. a `Date`; an option given as `null`).
 * A record of a view given as `options.dataset` is refused as an argument would be (`NOT_FINITE`,
 * `INVALID_ARGUMENT`, … naming `options.dataset.observations[i].value`).
 * @example
 * ```ts
 * import { observationVintages } from 'cdht-data'
 * console.log(observationVintages('gdp', '2023').length > 0)
 * //=> true
 * ```
 */
export function observationVintages(indicator: IndicatorId, period: string, options: ObservationQueryOptions = {}): readonly Observation[] {
  return vintagesOf(indicator, period, options)
}
