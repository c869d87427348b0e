import { observations, sources, targets, zones } from '../data/collections.js'
import { periodBounds } from '../export/periodBounds.js'
import type { DatasetView } from '../query/asOf.js'
import type { Observation, Target } from '../types.js'
import { lastDayOf } from './dates.js'

/** Precomputed lookups over one view of the dataset. */
export interface DatasetIndex {
  /** Every vintage of a figure, oldest first, by {@link figureKey}. */
  readonly vintages: ReadonlyMap<string, readonly Observation[]>
  /** The latest vintage of each figure of a series, sorted by period, by {@link seriesKey}. */
  readonly series: ReadonlyMap<string, readonly Observation[]>
  /** Targets by zone id. */
  readonly targetsByZone: ReadonlyMap<string, readonly Target[]>
}

/** The key of a series: one indicator, scope and measure. */
export function seriesKey(indicator: string, scope: string, measure: string): string {
  return `${indicator}|${scope}|${measure}`
}

/** The key of a figure: a series at one period. Its vintages share it. */
export function figureKey(indicator: string, scope: string, measure: string, period: string): string {
  return `${seriesKey(indicator, scope, measure)}|${period}`
}

/** The last day each source with a known publication date can have appeared, as a time value. */
export const publishedDayBySource: ReadonlyMap<string, number> = /* @__PURE__ */ publishedDays()

/** The whole dataset, every source included (also those of unknown date). */
export const fullDataset: DatasetView = /* @__PURE__ */ Object.freeze({ asOf: null, sources, observations, targets })

/** The zone itself, the default scope of the queries. */
export const defaultScope: string = /* @__PURE__ */ zoneItself()

const fullIndex = /* @__PURE__ */ buildIndex(fullDataset)
// Views are frozen and built from frozen records, so an index computed once stays right; the
// WeakMap lets a view and its index be collected together.
const viewIndexes = /* @__PURE__ */ new WeakMap<DatasetView, DatasetIndex>()

/** The index of a view, built on its first use. */
export function indexOf(view: DatasetView = fullDataset): DatasetIndex {
  if (view === fullDataset) return fullIndex
  let index = viewIndexes.get(view)
  if (index === undefined) {
    index = buildIndex(view)
    viewIndexes.set(view, index)
  }
  return index
}

function buildIndex(view: DatasetView): DatasetIndex {
  const vintages = groupBy(view.observations, (o) => figureKey(o.indicator, o.scope, o.measure, o.period))
  // sort is stable: vintages the rules cannot order keep the order of the data file.
  for (const group of vintages.values()) group.sort(byVintage)
  const latest = [...vintages.values()].flatMap((group) => group.slice(-1))
  const series = groupBy(latest, (o) => seriesKey(o.indicator, o.scope, o.measure))
  for (const group of series.values()) group.sort((a, b) => comparePeriods(a.period, b.period))
  return { vintages, series, targetsByZone: groupBy(view.targets, (target) => target.scope) }
}

/** Older vintage first: by publication day (unknown first), then a revision after what it revises. */
function byVintage(a: Observation, b: Observation): number {
  const day = (o: Observation): number => publishedDayBySource.get(o.source) ?? Number.NEGATIVE_INFINITY
  const byDay = day(a) - day(b)
  if (byDay !== 0 && !Number.isNaN(byDay)) return byDay
  return a.supersedes === b.id ? 1 : b.supersedes === a.id ? -1 : 0
}

/** Periods in time order: by last day, then first day (Q1–Q3 2021 before 2021, 2021 before 2022). */
function comparePeriods(a: string, b: string): number {
  const [boundsA, boundsB] = [periodBounds(a), periodBounds(b)]
  return boundsA.end.localeCompare(boundsB.end) || boundsA.start.localeCompare(boundsB.start)
}

function groupBy<Item>(items: readonly Item[], key: (item: Item) => string): Map<string, Item[]> {
  const groups = new Map<string, Item[]>()
  for (const item of items) {
    const group = groups.get(key(item))
    if (group === undefined) groups.set(key(item), [item])
    else group.push(item)
  }
  return groups
}

function publishedDays(): Map<string, number> {
  const days = new Map<string, number>()
  for (const source of sources) {
    if (source.published !== null) days.set(source.id, lastDayOf(source.published, 'source.published').getTime())
  }
  return days
}

function zoneItself(): string {
  return (zones.find((zone) => zone.kind === 'zone' && zone.partOf === undefined) ?? zones[0])?.id ?? ''
}
