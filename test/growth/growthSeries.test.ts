import { describe, expect, it } from 'vitest'
import { growthSeries } from '../../src/growth/growthSeries.js'
import { observations, sources, targets } from '../../src/data/collections.js'
import { asOf, type DatasetView } from '../../src/query/asOf.js'
import { getObservation } from '../../src/query/getObservation.js'
import type { Observation } from '../../src/types.js'
import { seriesBreak } from './_observation.js'

describe('growthSeries', () => {
  it('gives every year-on-year rate of GDP in order, next to the reported real growth', () => {
    // The full years from 2021 on: the earlier history crosses breaks in series (data/breaks.json).
    const series = growthSeries('gdp').filter((entry) => entry.period >= '2021' && !entry.period.includes('/'))
    expect(series.map((entry) => [entry.period, entry.previousPeriod, entry.percent?.toFixed(2), entry.bound, entry.reported?.value ?? null])).toEqual([
      ['2021', '2020', '16.69', 'upper', 11.1],
      ['2022', '2021', '7.68', 'exact', null],
      ['2023', '2022', '6.15', 'exact', 6],
    ])
  })

  it('warns where the reported growth is real and the rate between yuan levels nominal (GDP 2023: 6.15 % against 6.0 %)', () => {
    const entry = growthSeries('gdp').find((e) => e.period === '2023')!
    expect(entry).toMatchObject({ basis: 'nominal', reported: { basis: 'real', value: 6 } })
    expect(entry.warnings.map((warning) => warning.code)).toEqual(['REAL_VS_NOMINAL'])
  })

  it('has no warning where no growth is reported', () => {
    expect(growthSeries('gdp').find((e) => e.period === '2022')!.warnings).toEqual([])
  })

  it('checks budget revenue: 300.5 against 265.2 is the reported nominal +13.3 %, without warning', () => {
    const entry = growthSeries('general-budget-revenue').find((e) => e.period === '2023')
    expect([entry?.percent?.toFixed(1), entry?.reported?.value, entry?.warnings]).toEqual(['13.3', 13.3, []])
  })

  it('warns where the source leaves the basis of the growth unstated', () => {
    const codes = growthSeries('foreign-trade', { scope: 'bonded-zone' }).map((entry) => [entry.period, entry.warnings.map((w) => w.code)])
    expect(codes).toEqual([['2020', ['BASIS_UNSPECIFIED']]])
  })

  it('does not bridge a gap: the bonded zone’s 2024 has no 2023 level', () => {
    expect(growthSeries('foreign-trade', { scope: 'bonded-zone' }).map((entry) => entry.period)).toEqual(['2020'])
  })

  it('marks a rate to a lower bound as a lower bound (industrial output 2024: 突破6000)', () => {
    expect(growthSeries('industrial-output').map((entry) => [entry.period, entry.bound])).toEqual([['2024', 'lower']])
  })

  it('leaves out a rate between two lower bounds', () => {
    const later = { ...getObservation('industrial-output-2024'), id: 'industrial-output-2025', period: '2025' } as unknown as Observation
    const dataset = { ...asOf('2100-01-01'), asOf: null, sources, observations: [...observations, later], targets }
    expect(growthSeries('industrial-output', { dataset }).map((entry) => entry.period)).toEqual(['2024'])
  })

  it('works on the dataset as known on a day (the 2021 level, reprinted undated, counts from its release on 2022-01-28)', () => {
    const since2021 = (day: string) => growthSeries('gdp', { dataset: asOf(day) }).filter((entry) => entry.period >= '2021' && !entry.period.includes('/')).map((entry) => entry.period)
    expect(since2021('2022-01-27')).toEqual([])
    expect(since2021('2022-01-28')).toEqual(['2021'])
    expect(since2021('2023-02-19')).toEqual(['2021'])
    expect(since2021('2023-06-30')).toEqual(['2021', '2022'])
    expect(since2021('2024-03-01')).toEqual(['2021', '2022', '2023'])
  })

  it('refuses an unknown indicator with UNKNOWN_ID naming indicator', () => {
    expect(() => growthSeries('gpd' as 'gdp')).toThrow(expect.objectContaining({ code: 'UNKNOWN_ID', input: 'indicator' }))
  })
})

describe('growthSeries across a break in series', () => {
  const renamed = seriesBreak({ id: 'test-gdp-renamed', kind: 'measure-renamed', label: { zh: '改称地区生产总值', en: 'renamed', enOrigin: 'ours' } })
  // Three years of GDP on their own, so the test does not depend on the history around them.
  const gdpYears = observations.filter((o) => ['gdp-2021', 'gdp-2022', 'gdp-2023'].includes(o.id))
  const withBreak: DatasetView = { ...asOf('2026-01-01'), asOf: null, sources, observations: gdpYears, targets, breaks: [renamed] }

  it('gives the breaks and no number for the year that crosses it, and rates elsewhere', () => {
    const series = growthSeries('gdp', { dataset: withBreak })
    expect(series.map((entry) => [entry.period, entry.percent === null ? null : entry.percent.toFixed(2), entry.breaks.map((b) => b.id)])).toEqual([
      ['2022', null, ['test-gdp-renamed']],
      ['2023', '6.15', []],
    ])
    const crossing = series.find((entry) => entry.period === '2022')!
    expect([crossing.bound, crossing.basis, crossing.previous.id, crossing.current.id]).toEqual([null, null, 'gdp-2021', 'gdp-2022'])
  })

  it('ignores a break of another scope or indicator', () => {
    const elsewhere = [seriesBreak({ ...renamed, scope: 'bonded-zone' }), seriesBreak({ ...renamed, id: 'test-trade-renamed', indicator: 'foreign-trade' })]
    const series = growthSeries('gdp', { dataset: { ...withBreak, breaks: elsewhere } })
    expect(series.every((entry) => entry.percent !== null)).toBe(true)
  })
})
