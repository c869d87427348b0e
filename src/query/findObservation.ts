import { vintagesOf } from '../_internal/queryOptions.js'
import type { IndicatorId, ZoneId } from '../data/ids.js'
import type { Measure, Observation } from '../types.js'
import type { DatasetView } from './datasetView.js'

/**
 * Options of the observation queries.
 * @category Queries
 */
export interface ObservationQueryOptions {
  /** The area, by default the zone itself (not a key zone or the bonded zone). */
  readonly scope?: ZoneId
  /** What was measured, by default `level`; `growth` for the reported year-on-year rate. */
  readonly measure?: Measure
  /**
   * The dataset to ask, by default all of it; {@link asOf} gives it as known on a day. A view of
   * your own has its records checked like an argument on every call (a NaN value is `NOT_FINITE`
   * naming `options.dataset.observations[i].value`): a record you change after a lookup is refused
   * then, not answered from a copy of what it was, which your view no longer says. What is
   * returned holds deep-frozen copies of your records, never your objects. Only a list that
   * cannot change (frozen, each record deep-frozen, as in a view from {@link asOf}) is checked
   * and indexed once.
   */
  readonly dataset?: DatasetView
}

/**
 * The observation of an indicator for a period: by default the zone's level, in its latest
 * vintage (a later source's revision, by publication date, replaces the earlier figure).
 * Precomputed index: O(1).
 *
 * @category Queries
 * @param indicator - The indicator id, e.g. `'gdp'`.
 * @param period - `YYYY`, `YYYY-MM/YYYY-MM` or `YYYY-MM-DD`, as in the data.
 * @param options - The scope, the measure, and the dataset view to ask.
 * @returns The observation, or `undefined` when the dataset has none. From a view of your own,
 * a deep-frozen copy of your record.
 * @throws {@link CdhtDataError} `UNKNOWN_ID` (`indicator`, `options.scope`), `INVALID_PERIOD`
 * (`period`), `INVALID_ARGUMENT` (`options.measure`; an option it does not have, e.g. `options.status`; `options` not a plain object, e.g. a `Date`; an option given as `null`).
 * A record of a view given as `options.dataset` is refused as an argument would be (`NOT_FINITE`,
 * `INVALID_ARGUMENT`, … naming `options.dataset.observations[i].value`).
 * @example
 * ```ts
 * import { findObservation } from 'cdht-data'
 * console.log(findObservation('gdp', '2023')?.value)
 * //=> 3201.2
 * ```
 * @example
 * ```ts
 * import { findObservation } from 'cdht-data'
 * const growth = findObservation('gdp', '2023', { measure: 'growth' })
 * console.log([growth?.value, growth?.basis])
 * //=> [6, 'real']
 * ```
 */
export function findObservation(indicator: IndicatorId, period: string, options: ObservationQueryOptions = {}): Observation | undefined {
  return vintagesOf(indicator, period, options).at(-1)
}
