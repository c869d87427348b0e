import { lightFormat } from 'date-fns'
import { toDay } from '../_internal/dates.js'
import { publishedDayBySource } from '../_internal/datasetIndex.js'
import { observations, sources, targets } from '../data/collections.js'
import type { Observation, Source, Target } from '../types.js'

/**
 * A calendar day: a `Date` (its day in local time) or an ISO 8601 string, read by date-fns
 * `parseISO` (`'2024-02-23'`; `'2024'` is 2024-01-01).
 * @category Queries
 */
export type DateInput = Date | string

/**
 * The dataset as it was known on a day, from {@link asOf}. Pass it as `options.dataset` to the
 * queries ({@link findObservation}, {@link observationSeries}, {@link targetsByZone}…) to ask
 * them about that day. Frozen; build your own only from the dataset's records, unchanged.
 * @category Queries
 */
export interface DatasetView {
  /** The day, `YYYY-MM-DD`; `null` for the whole dataset, every source included. */
  readonly asOf: string | null
  /** The sources published on or before the day. */
  readonly sources: readonly Source[]
  /** Every vintage of every observation those sources state. */
  readonly observations: readonly Observation[]
  /** The targets those sources state. */
  readonly targets: readonly Target[]
}

/**
 * The dataset as it was known on a day: only what sources published on or before it state. A
 * figure revised by a later source shows its earlier vintage; a figure first published later
 * is absent. The catalogue (indicators, zones) is not dated and is not filtered.
 *
 * A source's `published` date is ISO 8601 at the precision known, and a partial date is read as
 * its LAST day (`2018` is 2018-12-31, `2023-02` is 2023-02-28): a figure is never placed before
 * it could have appeared. Sources whose date is unknown (`null`) are left out of every view,
 * since nothing says they were known by then; the queries without a view still use them.
 *
 * @category Queries
 * @param date - The day (a `Date`, its local calendar day, or an ISO 8601 string).
 * @returns A frozen view to pass as `options.dataset`.
 * @throws {@link CdhtDataError} `INVALID_DATE` (`date`).
 * @example
 * ```ts
 * import { asOf, findObservation } from 'cdht-data'
 * const before = asOf('2024-02-01')
 * console.log(findObservation('gdp', '2023', { dataset: before }))
 * //=> undefined
 * ```
 */
export function asOf(date: DateInput): DatasetView {
  const day = toDay(date, 'date').getTime()
  const known = (record: { readonly source: string }): boolean => {
    const time = publishedDayBySource.get(record.source)
    return time !== undefined && time <= day
  }
  return Object.freeze({
    asOf: lightFormat(day, 'yyyy-MM-dd'),
    sources: Object.freeze(sources.filter((source) => known({ source: source.id }))),
    observations: Object.freeze(observations.filter(known)),
    targets: Object.freeze(targets.filter(known)),
  })
}
