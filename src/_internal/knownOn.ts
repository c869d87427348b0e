import type { Observation } from '../types.js'
import { figureKey, observationIndex } from './datasetIndex.js'
import { visibleFrom } from './visibleFrom.js'

/**
 * A series as it could be known on a day: each figure in its latest vintage whose sources were
 * available by then (the as-of rule of `asOf`), figures first published later left out. A figure
 * whose source has no known day could not be shown known on any day, so it is left out too.
 */
export function knownOn(series: readonly Observation[], observations: readonly Observation[] | undefined, day: string): readonly Observation[] {
  const { vintages } = observationIndex(observations)
  return series.flatMap((latest) => {
    const all = vintages.get(figureKey(latest.indicator, latest.scope, latest.measure, latest.period)) ?? [latest]
    const known = all.filter((vintage) => {
      const from = visibleFrom(vintage)
      return from !== null && from <= day
    })
    const latestKnown = known.at(-1)
    return latestKnown === undefined ? [] : [latestKnown]
  })
}

