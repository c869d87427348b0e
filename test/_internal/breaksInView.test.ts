import { describe, expect, it } from 'vitest'
import { breaksBetween } from '../../src/_internal/breaks.js'
import { breaksInView } from '../../src/_internal/breaksInView.js'
import { firstDay } from '../../src/_internal/recordShape.js'
import { breaks, observations, sources } from '../../src/data/collections.js'
import { growthSeries } from '../../src/growth/growthSeries.js'
import { asOf } from '../../src/query/asOf.js'
import { getObservation } from '../../src/query/getObservation.js'
import { lastPublishedDay } from '../../src/time/lastPublishedDay.js'
import type { Observation } from '../../src/types.js'

const days = [...new Set(sources.flatMap((source) => (source.published === null ? (source.released === undefined ? [] : [source.released.on]) : [lastPublishedDay(source.published)])))].sort()

describe('breaksInView', () => {
  it('holds a break once the view holds figures on both sides, before its evidence is published (REPORT6 §1)', () => {
    const view = asOf('2020-12-31')
    expect(view.observations.map((o) => o.id)).not.toContain('gdp-2020')
    const entry = growthSeries('gdp', { dataset: view }).find((e) => e.period === '2020-01/2020-06')
    expect(entry?.comparability).not.toBe('comparable')
    expect(view.breaks.find((item) => item.id === 'gdp-area-2020')?.evidence).toEqual(['gdp-2019'])
  })

  it('on no publication day does a view compare two figures the full dataset says a break lies between', () => {
    const crossed: string[] = []
    for (const day of days) {
      const view = asOf(day)
      const bySeries = new Map<string, Observation[]>()
      for (const o of view.observations) bySeries.set(`${o.indicator}|${o.scope}|${o.measure}`, [...(bySeries.get(`${o.indicator}|${o.scope}|${o.measure}`) ?? []), o])
      for (const series of bySeries.values()) {
        for (const [earlier, later] of pairs(series)) {
          const everywhere = breaksBetween(earlier, later, breaks)
          // Different currencies are refused as a unit mismatch whether or not the break shows.
          if (everywhere.length > 0 && earlier.unit === later.unit && breaksBetween(earlier, later, view.breaks).length === 0) crossed.push(`${day}: ${earlier.id} → ${later.id}`)
        }
      }
    }
    expect(crossed).toEqual([])
  })

  it('keeps only the evidence the view holds, and leaves out a break none of whose evidence it holds', () => {
    const [item] = breaks.filter((b) => b.id === 'gdp-area-2020')
    const before = observations.filter((o) => o.indicator === 'gdp' && o.period < '2020')
    const after = [getObservation('gdp-2020-01-2020-06')]
    expect(breaksInView([item!], [...before, ...after])[0]?.evidence).toEqual(['gdp-2019'])
    const withoutEvidence = [...before.filter((o) => o.id !== 'gdp-2019'), ...after]
    expect(breaksInView([item!], withoutEvidence)).toEqual([])
  })

  it('needs two figures: one whose period spans the day of the break is not a pair', () => {
    const [item] = breaks.filter((b) => b.id === 'gdp-area-2020')
    const spanning = { ...getObservation('gdp-2019'), id: 'spanning', period: '2019-06/2020-06' } as unknown as Observation
    expect(breaksInView([{ ...item!, evidence: ['spanning'] as never }], [spanning])).toEqual([])
  })
})

function pairs(series: readonly Observation[]): [Observation, Observation][] {
  return series.flatMap((a, i) => series.slice(i + 1).map((b): [Observation, Observation] => (firstDay(a.period) <= firstDay(b.period) ? [a, b] : [b, a])))
}
