import { describe, expect, it } from 'vitest'
import { findObservation } from '../../src/query/findObservation.js'
import type { IndicatorId, ZoneId } from '../../src/data/ids.js'
import type { Measure } from '../../src/types.js'
import { revisedDataset } from './_revised.js'

describe('findObservation', () => {
  it.each([
    { indicator: 'gdp', period: '2023', options: {}, id: 'gdp-2023', why: 'the zone’s level by default' },
    { indicator: 'gdp', period: '2023', options: { measure: 'growth' }, id: 'gdp-growth-2023', why: 'the reported growth' },
    { indicator: 'gdp', period: '2021-01/2021-09', options: {}, id: 'gdp-2021-01-2021-09', why: 'a part of a year' },
    { indicator: 'foreign-trade', period: '2024', options: { scope: 'bonded-zone' }, id: 'bonded-zone-trade-2024', why: 'another scope' },
    { indicator: 'foreign-trade', period: '2024', options: { scope: 'bonded-zone', measure: 'share' }, id: 'bonded-zone-trade-share-2024', why: 'a share' },
    { indicator: 'high-tech-enterprises', period: '2024-02-22', options: {}, id: 'high-tech-enterprises-2024-02-22', why: 'a stock on a day' },
  ] as { indicator: IndicatorId; period: string; options: { scope?: ZoneId; measure?: Measure }; id: string; why: string }[])(
    'finds $id ($why)',
    ({ indicator, period, options, id }) => {
      expect(findObservation(indicator, period, options)?.id).toBe(id)
    },
  )

  it.each([
    { indicator: 'gdp', period: '2015', options: {}, why: 'a year without data' },
    { indicator: 'foreign-trade', period: '2024', options: {}, why: 'the zone-wide figure the data does not have (only the bonded zone’s)' },
  ] as { indicator: IndicatorId; period: string; options: { scope?: ZoneId }; why: string }[])('returns undefined for $why', ({ indicator, period, options }) => {
    expect(findObservation(indicator, period, options)).toBeUndefined()
  })

  it('returns the latest vintage of a revised figure', () => {
    expect(findObservation('gdp', '2022', { dataset: revisedDataset })?.id).toBe('gdp-2022-revised')
  })

  it.each([
    { indicator: 'gpd', period: '2023', options: {}, code: 'UNKNOWN_ID', input: 'indicator' },
    { indicator: 'gdp', period: '2023', options: { scope: 'shenzhen' }, code: 'UNKNOWN_ID', input: 'options.scope' },
    { indicator: 'gdp', period: '2023', options: { measure: 'total' }, code: 'INVALID_ARGUMENT', input: 'options.measure' },
    { indicator: 'gdp', period: '23', options: {}, code: 'INVALID_PERIOD', input: 'period' },
    { indicator: 'gdp', period: '2023-02-30', options: {}, code: 'INVALID_PERIOD', input: 'period' },
  ] as { indicator: IndicatorId; period: string; options: object; code: string; input: string }[])(
    'refuses indicator $indicator, period $period, options $options with $code naming $input',
    ({ indicator, period, options, code, input }) => {
      expect(() => findObservation(indicator, period, options)).toThrow(expect.objectContaining({ code, input }))
    },
  )
})

describe('the default scope', () => {
  it('is the zone itself: the one zone of kind zone that is part of no other', async () => {
    const { DEFAULT_SCOPE } = await import('../../src/_internal/queryOptions.js')
    const { zones } = await import('../../src/data/collections.js')
    expect(zones.filter((zone) => zone.kind === 'zone' && zone.partOf === undefined).map((zone) => zone.id)).toEqual([DEFAULT_SCOPE])
  })
})
