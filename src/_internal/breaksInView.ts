import type { Observation, SeriesBreak } from '../types.js'
import { firstDay, lastDay } from './recordShape.js'

/**
 * The breaks that lie between two of the given observations by the crossing rule
 * (`breaksBetween`): a dated break when one observation of its series starts before `from` and
 * another ends on or after it; a `coverage` break when two of the series state their coverage
 * differently; a `currency` break also when two are in different currencies.
 *
 * A view holds a break as soon as it holds figures on both sides of it, whether or not it holds
 * the figures that document it: the footing of a series changed on `from`, and a rate between
 * two figures either side of that day is no more comparable for being asked about earlier.
 * Each keeps only the evidence the view holds (a view refers to nothing it lacks), and a break none
 * of whose evidence is published yet stays out: the only such case is a currency break, where
 * the units differ and a rate is refused anyway. Linear in the observations.
 */
export function breaksInView(list: readonly SeriesBreak[], observations: readonly Observation[]): readonly SeriesBreak[] {
  const shown = new Set<string>(observations.map((observation) => observation.id))
  return lyingBetween(list, observations).flatMap((item) => {
    const evidence = item.evidence.filter((id) => shown.has(id))
    if (evidence.length === 0) return []
    return [evidence.length === item.evidence.length ? item : { ...item, evidence }]
  })
}

function lyingBetween(list: readonly SeriesBreak[], observations: readonly Observation[]): readonly SeriesBreak[] {
  const bySeries = new Map<string, Observation[]>()
  for (const observation of observations) {
    const key = `${observation.indicator}|${observation.scope}`
    const series = bySeries.get(key)
    if (series === undefined) bySeries.set(key, [observation])
    else series.push(observation)
  }
  return list.filter((item) => {
    const series = bySeries.get(`${item.indicator}|${item.scope}`) ?? []
    if (item.from === null) return item.kind === 'coverage' && new Set(series.map((o) => o.coverage)).size > 1
    if (item.kind === 'currency' && new Set(series.map((o) => o.unit)).size > 1) return true
    const from = item.from
    const before = series.filter((o) => firstDay(o.period) < from)
    const after = series.filter((o) => lastDay(o.period) >= from)
    // One observation whose period spans `from` is on both sides, but a pair needs two.
    return before.length > 0 && after.length > 0 && (before.length > 1 || after.length > 1 || before[0] !== after[0])
  })
}
