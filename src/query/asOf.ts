import { buildView } from '../_internal/buildView.js'
import { publicationDays } from '../_internal/publicationDays.js'
import { calendarDay } from '../time/calendarDay.js'
import { previousDay } from '../time/previousDay.js'
import type { DateInput } from '../time/types.js'
import type { DatasetView } from './datasetView.js'

export type { DatasetView } from './datasetView.js'
export type { DateInput } from '../time/types.js'

// One view per distinct publication day: every day from one publication to the next sees the
// same records, so it gets the same frozen object. Index i holds the view after the i-th day.
const views: DatasetView[] = []

/**
 * The dataset as it was known on a day: every collection, each holding only what sources
 * published on or before it support. A record is visible when every source it cites (its
 * `source`, and the `enSource` of an official English name) was published by then; a figure
 * revised by a later source shows its earlier vintage; a figure first published later is absent.
 * What exists only because a later report names it is absent too: an indicator is in the view
 * when a visible observation or target uses it, a zone when its own source is visible or a
 * visible record is scoped to it (then with only that record's source and passage, none of the
 * later focus), a break in series as soon as it holds figures on both sides of it (a rate across
 * it is not comparable on any day).
 *
 * The day: a date-only string is that calendar day; a `Date` (also from another realm) or a
 * date-time with an offset is an instant whose calendar day is taken in Beijing (Asia/Shanghai),
 * the same under any host time zone. A source's `published` date at partial precision is read as
 * its LAST day (`2018` is 2018-12-31): a figure is never placed before it could have appeared.
 * A source whose own date is unknown (`published: null`) counts from the day a held text says its
 * figures were released (`released.on`: the 2021 results reprinted by 川观新闻, released by the
 * zone on 2022-01-28); one with neither is in no view, though the queries without a view use it.
 *
 * Views are cached: any two days with no publication between them give the same object, built
 * once by filtering the records (no sorting).
 *
 * @category Queries
 * @param date - The day (see {@link DateInput}).
 * @returns A frozen view; pass it as `options.dataset`. Its `asOf` is the day of the newest
 * publication it includes.
 * @throws {@link CdhtDataError} `INVALID_DATE` (`date`).
 * @example
 * ```ts
 * import { asOf, findObservation } from 'cdht-data'
 * const before = asOf('2024-02-01')
 * console.log([findObservation('gdp', '2023', { dataset: before }), before.asOf])
 * //=> [ undefined, '2023-03-06' ]
 * ```
 */
export function asOf(date: DateInput): DatasetView {
  const day = calendarDay(date, 'date')
  const { days } = publicationDays()
  const index = countUpTo(days, day)
  let view = views[index]
  if (view === undefined) {
    const latest = days[index - 1] ?? previousDay(days[0] ?? day)
    view = buildView(latest, latest)
    views[index] = view
  }
  return view
}

/** How many of the ascending days are on or before `day` (binary search). */
function countUpTo(days: readonly string[], day: string): number {
  let [low, high] = [0, days.length]
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((days[middle] ?? '') <= day) low = middle + 1
    else high = middle
  }
  return low
}
