import { describe, expect, it } from 'vitest'
import { observationSeries } from '../../src/query/observationSeries.js'
import { revisedDataset } from './_revised.js'

describe('observationSeries', () => {
  it('gives the zone’s GDP levels in time order, parts of a year before the full year', () => {
    expect(observationSeries('gdp').map((o) => o.period)).toEqual([
      '2013', '2014-01/2014-06', '2014', '2016', '2017', '2018', '2019-01/2019-06', '2019',
      '2020-01/2020-06', '2020', '2021-01/2021-06', '2021-01/2021-09', '2021', '2022', '2023',
    ])
  })

  it('gives another measure and scope on request', () => {
    expect(observationSeries('foreign-trade', { scope: 'bonded-zone', measure: 'growth' }).map((o) => o.value)).toEqual([23, 57, 23, 26.8, 22, 23.4, 11.7])
  })

  it('holds each period once, in its latest vintage', () => {
    const series = observationSeries('gdp', { dataset: revisedDataset })
    expect(series.filter((o) => o.period === '2022').map((o) => o.id)).toEqual(['gdp-2022-revised'])
  })

  it('is empty for a series the dataset does not have', () => {
    expect(observationSeries('gdp', { scope: 'bonded-zone' })).toEqual([])
  })

  it.each([
    { indicator: 'gpd', options: {}, code: 'UNKNOWN_ID', input: 'indicator' },
    { indicator: 'gdp', options: { scope: 'x' }, code: 'UNKNOWN_ID', input: 'options.scope' },
  ])('refuses $indicator with $options: $code naming $input', ({ indicator, options, code, input }) => {
    expect(() => observationSeries(indicator as 'gdp', options as object)).toThrow(expect.objectContaining({ code, input }))
  })
})
