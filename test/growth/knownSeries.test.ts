import { describe, expect, it } from 'vitest'
import { cagr, getObservation, growthRate, impliedPrevious } from '../../src/index.js'
import type { Observation } from '../../src/types.js'

// Breaks in series are found by indicator and scope: a copied record with either misspelt
// ('cdth', 'gpd', 'GDP') would hide the 2017 rename and area change, so the helpers that compare
// a caller's observations with the dataset's series refuse an id the dataset does not have
// (REPORT9 §1), as targetGap does for a target's scope.
const alt = (id: Parameters<typeof getObservation>[0], changes: Record<string, unknown>): Observation => Object.assign(structuredClone(getObservation(id)), changes)
const unknown = (input: string): unknown => expect.objectContaining({ code: 'UNKNOWN_ID', input })

describe('a caller observation names an indicator and a scope the dataset has', () => {
  it.each([
    { field: 'scope', value: 'cdth' },
    { field: 'indicator', value: 'gpd' },
    { field: 'indicator', value: 'GDP' },
  ])('growthRate across the 2017 break with $field $value is UNKNOWN_ID current.$field, not a rate', ({ field, value }) => {
    expect(() => growthRate(getObservation('gdp-2017'), getObservation('gdp-2016'))).toThrow(expect.objectContaining({ code: 'BREAK_IN_SERIES' }))
    expect(() => growthRate(alt('gdp-2017', { [field]: value }), alt('gdp-2016', { [field]: value }))).toThrow(unknown(`current.${field}`))
    expect(() => growthRate(getObservation('gdp-2017'), alt('gdp-2016', { [field]: value }))).toThrow(unknown(`previous.${field}`))
  })

  it('cagr names first, the record it takes first', () => {
    expect(() => cagr(alt('gdp-2013', { scope: 'cdth' }), alt('gdp-2023', { scope: 'cdth' }))).toThrow(unknown('first.scope'))
    expect(() => cagr(getObservation('gdp-2013'), alt('gdp-2023', { indicator: 'gpd' }))).toThrow(unknown('last.indicator'))
  })

  it('impliedPrevious names current, then growth', () => {
    expect(() => impliedPrevious(alt('gdp-2023', { scope: 'cdth' }), alt('gdp-growth-2023', { scope: 'cdth' }))).toThrow(unknown('current.scope'))
    expect(() => impliedPrevious(getObservation('gdp-2023'), alt('gdp-growth-2023', { indicator: 'GDP' }))).toThrow(unknown('growth.indicator'))
  })

  it('still answers for the dataset ids', () => {
    expect(growthRate(getObservation('gdp-2023'), getObservation('gdp-2022')).percent).toBeCloseTo(6.15, 2)
    expect(impliedPrevious(getObservation('gdp-2023'), getObservation('gdp-growth-2023')).value).toBe(3020)
  })
})
