import { describe, expect, it } from 'vitest'
import { asOf } from '../../src/query/asOf.js'
import { latestObservation } from '../../src/query/latestObservation.js'

describe('latestObservation', () => {
  it.each([
    { indicator: 'gdp', options: {}, id: 'gdp-2023' },
    { indicator: 'industrial-output', options: {}, id: 'industrial-output-2024' },
    { indicator: 'foreign-trade', options: { scope: 'bonded-zone' }, id: 'bonded-zone-trade-2025-01-2025-07' },
    { indicator: 'gdp', options: { measure: 'growth' }, id: 'gdp-growth-2023' },
  ] as const)('gives $id for $indicator $options', ({ indicator, options, id }) => {
    expect(latestObservation(indicator, options)?.id).toBe(id)
  })

  it('gives the latest value known on a day', () => {
    expect(latestObservation('gdp', { dataset: asOf('2023-06-30') })?.id).toBe('gdp-2022')
  })

  it('is undefined when the indicator has no value', () => {
    expect(latestObservation('gdp', { scope: 'tianfu-bio-town' })).toBeUndefined()
  })

  it('refuses an unknown indicator with UNKNOWN_ID naming indicator', () => {
    expect(() => latestObservation('nope' as 'gdp')).toThrow(expect.objectContaining({ code: 'UNKNOWN_ID', input: 'indicator' }))
  })
})
