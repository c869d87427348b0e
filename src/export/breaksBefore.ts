import type { Observation, SeriesBreak } from '../types.js'
import { periodBounds } from '../time/periodBounds.js'

/**
 * The breaks in series lying between each observation and the previous one of its series (same
 * indicator, measure and scope; previous = the latest period that starts earlier), by the
 * crossing rule: a dated break lies between E and L when `start(E) < from <= end(L)`; a
 * coverage break (`from: null`) when their `coverage` differs. The first observation of a series
 * has no previous one, so nothing lies before it.
 *
 * @param observations - Every observation (every vintage).
 * @param breaks - The breaks in series.
 * @returns Observation id → ids of the breaks before it, in data order; observations with none
 * are absent.
 * @throws {@link CdhtDataError} `INVALID_PERIOD` for a malformed period.
 */
export function breaksBefore(observations: readonly Observation[], breaks: readonly SeriesBreak[]): Map<string, string[]> {
  const found = new Map<string, string[]>()
  if (breaks.length === 0) return found
  const starts = new Map(observations.map((observation) => [observation.id, periodBounds(observation.period).start]))
  for (const later of observations) {
    const start = starts.get(later.id) ?? ''
    let previous: Observation | undefined
    for (const other of observations) {
      if (other.indicator !== later.indicator || other.scope !== later.scope || other.measure !== later.measure) continue
      const otherStart = starts.get(other.id) ?? ''
      if (otherStart < start && (previous === undefined || otherStart > (starts.get(previous.id) ?? ''))) previous = other
    }
    if (previous === undefined) continue
    const earlier = previous
    const end = periodBounds(later.period).end
    const crossing = breaks.filter(
      (item) =>
        item.indicator === later.indicator &&
        item.scope === later.scope &&
        (item.from === null ? earlier.coverage !== later.coverage : (starts.get(earlier.id) ?? '') < item.from && item.from <= end),
    )
    if (crossing.length > 0) found.set(later.id, crossing.map((item) => item.id))
  }
  return found
}
