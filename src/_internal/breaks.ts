import { breaks } from '../data/collections.js'
import { seriesBreakKeys } from '../data/lookups.js'
import type { Observation, SeriesBreak } from '../types.js'
import { refuse } from './checkNumber.js'
import { firstDay, lastDay } from './recordShape.js'

/** What places a figure in its series: an observation, or a target where it would be measured. */
export type Placed = Pick<Observation, 'indicator' | 'scope' | 'period' | 'unit'> & { readonly coverage?: Observation['coverage'] }

/**
 * The dated breaks of a target's series from the day it was set to the end of its period: a
 * target set on one footing (产业增加值, a larger area) is measured by figures on another. With
 * `on`, only those in effect by that day: a change still to come was known to nobody then.
 */
export function breaksSinceSet(target: Pick<Observation, 'indicator' | 'scope' | 'period'>, setOn: string, list: readonly SeriesBreak[] = breaks, on?: string): readonly SeriesBreak[] {
  const period = lastDay(target.period)
  const end = on !== undefined && on < period ? on : period
  return list.filter((item) => item.indicator === target.indicator && item.scope === target.scope && item.from !== null && setOn < item.from && item.from <= end)
}

/** What the crossing rule reads of a break: the rest (label, evidence, passage) is for people. */
export type BreakKey = Pick<SeriesBreak, 'id' | 'kind' | 'indicator' | 'scope' | 'from'>

/**
 * The breaks in series between two observations of one indicator and scope, by the crossing
 * rule: a dated break lies between them when `start(earlier) < from <= end(later)`; a
 * `coverage` break when their `coverage` differs; a `currency` break also whenever one is in US
 * dollars and the other in yuan, whatever its date. Empty when they are one series.
 */
export function breaksBetween(earlier: Placed, later: Placed, list: readonly SeriesBreak[] = breaks): readonly SeriesBreak[] {
  return crossedBetween(earlier, later, list)
}

/** {@link breaksBetween} over any list of break keys. */
function crossedBetween<Key extends BreakKey>(earlier: Placed, later: Placed, list: readonly Key[]): readonly Key[] {
  const start = firstDay(earlier.period)
  const end = lastDay(later.period)
  return list.filter(
    (item) =>
      item.indicator === later.indicator &&
      item.scope === later.scope &&
      (item.from === null
        ? item.kind === 'coverage' && earlier.coverage !== later.coverage
        : (start < item.from && item.from <= end) || (item.kind === 'currency' && earlier.unit !== later.unit)),
  )
}

/**
 * Whether two figures' footing is unknown: neither states its coverage (the bonded zone with or
 * without the Shuangliu area), so they may be one series or two. Stated coverage that differs is
 * a `coverage` break instead ({@link breaksBetween}); coverage stated alike is one series.
 */
export function footingUnknown(earlier: Placed, later: Placed): boolean {
  return earlier.coverage === 'unstated' && later.coverage === 'unstated'
}

/**
 * Throws `BREAK_IN_SERIES` naming `input` when a break lies between the two observations, and
 * `COMPARABILITY_UNKNOWN` naming `input.coverage` when neither states its coverage.
 */
export function refuseAcrossBreaks(earlier: Placed, later: Placed, input: string, list: readonly BreakKey[] = seriesBreakKeys): void {
  // By default the generated keys, not the records: growthRate alone need not bundle every
  // break's label and passage.
  const found = crossedBetween(earlier, later, list)
  if (found.length > 0) {
    refuse('BREAK_IN_SERIES', input, `break in series between ${earlier.period} and ${later.period}: ${found.map((item) => `${item.id} (${item.kind})`).join(', ')}`)
  }
  if (footingUnknown(earlier, later)) {
    refuse('COMPARABILITY_UNKNOWN', `${input}.coverage`, `neither ${earlier.period} nor ${later.period} states its coverage: they may not be one series`)
  }
}
