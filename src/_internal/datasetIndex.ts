import { observations as allObservations, targets as allTargets } from '../data/collections.js'
import type { Observation, Target } from '../types.js'
import { periodKey } from '../time/periodKey.js'
import { publicationDays } from './publicationDays.js'

/** Lookups over the observations of one view of the dataset; every list in it is frozen. */
export interface ObservationIndex {
  /** Every vintage of a figure, oldest first, by {@link figureKey}. */
  readonly vintages: ReadonlyMap<string, readonly Observation[]>
  /** The latest vintage of each figure of a series, sorted by period, by {@link seriesKey}. */
  readonly series: ReadonlyMap<string, readonly Observation[]>
}

/** The key of a series: one indicator, scope and measure. */
export function seriesKey(indicator: string, scope: string, measure: string): string {
  return `${indicator}|${scope}|${measure}`
}

/** The key of a figure: a series at one period. Its vintages share it. */
export function figureKey(indicator: string, scope: string, measure: string, period: string): string {
  return `${seriesKey(indicator, scope, measure)}|${period}`
}

/** The figures of each series in period order, each figure's vintages oldest first: sorted once. */
let sortedFigures: ReadonlyMap<string, readonly (readonly Observation[])[]> | undefined
// A view's observations are a frozen filter of the full list, or a caller's list as checked (see
// checkedRecords.ts: frozen, its records deep-frozen), so an index computed once stays right;
// keyed by that list, an index is collected with its view.
const indexes = /* @__PURE__ */ new WeakMap<readonly Observation[], ObservationIndex>()
const targetIndexes = /* @__PURE__ */ new WeakMap<readonly Target[], ReadonlyMap<string, readonly Target[]>>()

/**
 * The index of a view's observations (by default all of them), built on first use. Only lists
 * that cannot change come here: the package's, or a caller's as checkRecords hands it back.
 */
export function observationIndex(observations: readonly Observation[] = allObservations): ObservationIndex {
  let index = indexes.get(observations)
  if (index === undefined) {
    index = buildIndex(observations)
    indexes.set(observations, index)
  }
  return index
}

/** Targets by zone id, for a view's targets (by default all of them), built on first use. */
export function targetIndex(targets: readonly Target[] = allTargets): ReadonlyMap<string, readonly Target[]> {
  let index = targetIndexes.get(targets)
  if (index === undefined) {
    const groups = new Map<string, Target[]>()
    for (const target of targets) push(groups, target.scope, target)
    index = freezeGroups(groups)
    targetIndexes.set(targets, index)
  }
  return index
}

// A view made by asOf holds records of the dataset: its index keeps the full index's order,
// dropping what the view does not hold, with no sort. A hand-made view with other records is
// sorted on its own.
function buildIndex(observations: readonly Observation[]): ObservationIndex {
  sortedFigures ??= sortFigures(allObservations)
  let figures = sortedFigures
  let shown: ReadonlySet<Observation> | undefined
  if (observations !== allObservations) {
    shown = new Set(observations)
    const known = new Set(allObservations)
    if (!observations.every((observation) => known.has(observation))) [figures, shown] = [sortFigures(observations), undefined]
  }
  const vintages = new Map<string, readonly Observation[]>()
  const series = new Map<string, Observation[]>()
  for (const [key, group] of figures) {
    for (const figure of group) {
      const visible = shown === undefined ? [...figure] : figure.filter((observation) => shown.has(observation))
      const latest = visible.at(-1)
      if (latest === undefined) continue
      vintages.set(figureKey(latest.indicator, latest.scope, latest.measure, latest.period), Object.freeze(visible))
      push(series, key, latest)
    }
  }
  return { vintages, series: freezeGroups(series) }
}

/** The figures of each series in period order, each figure's vintages oldest first. */
function sortFigures(observations: readonly Observation[]): ReadonlyMap<string, readonly (readonly Observation[])[]> {
  const { bySource } = publicationDays()
  // Sort keys are computed once per record, not once per comparison.
  const vintageKey = new Map(observations.map((o) => [o, bySource.get(o.source) ?? ''] as const))
  const byFigure = new Map<string, Observation[]>()
  for (const o of observations) push(byFigure, figureKey(o.indicator, o.scope, o.measure, o.period), o)
  const bySeries = new Map<string, { key: string; figure: Observation[] }[]>()
  for (const [key, figure] of byFigure) {
    // sort is stable: vintages the rules cannot order keep the order of the data file.
    figure.sort((a, b) => compareVintages(a, b, vintageKey))
    push(bySeries, key.slice(0, key.lastIndexOf('|')), { key: periodKey(key.slice(key.lastIndexOf('|') + 1)), figure })
  }
  const sorted = new Map<string, readonly (readonly Observation[])[]>()
  for (const [key, figures] of bySeries) {
    sorted.set(key, figures.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(({ figure }) => figure))
  }
  return sorted
}

/** Older vintage first: by publication day (unknown first), then a revision after what it revises. */
function compareVintages(a: Observation, b: Observation, day: ReadonlyMap<Observation, string>): number {
  const [dayA, dayB] = [day.get(a) ?? '', day.get(b) ?? '']
  if (dayA !== dayB) return dayA < dayB ? -1 : 1
  return a.supersedes === b.id ? 1 : b.supersedes === a.id ? -1 : 0
}

function push<Item>(groups: Map<string, Item[]>, key: string, item: Item): void {
  const group = groups.get(key)
  if (group === undefined) groups.set(key, [item])
  else group.push(item)
}

function freezeGroups<Item>(groups: Map<string, Item[]>): ReadonlyMap<string, readonly Item[]> {
  for (const group of groups.values()) Object.freeze(group)
  return groups
}
