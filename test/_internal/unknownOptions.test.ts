import { describe, expect, it } from 'vitest'
import { growthSeries } from '../../src/growth/growthSeries.js'
import { findObservation } from '../../src/query/findObservation.js'
import { latestObservation } from '../../src/query/latestObservation.js'
import { observationSeries } from '../../src/query/observationSeries.js'
import { observationVintages } from '../../src/query/observationVintages.js'
import { targetsByZone } from '../../src/query/targetsByZone.js'
import { assessTarget } from '../../src/targets/assessTarget.js'
import { requiredGrowth } from '../../src/targets/requiredGrowth.js'
import { format } from '../../src/units/format.js'

// A misspelt or made-up option used to be ignored in silence (targetsByZone('cdht', { status:
// 'bogus' }) gave every target): every options object now refuses keys it does not have.
const bogus = { status: 'bogus' } as never
const calls = [
  ['targetsByZone', () => targetsByZone('cdht', bogus)],
  ['findObservation', () => findObservation('gdp', '2023', bogus)],
  ['latestObservation', () => latestObservation('gdp', bogus)],
  ['observationSeries', () => observationSeries('gdp', bogus)],
  ['observationVintages', () => observationVintages('gdp', '2023', bogus)],
  ['growthSeries', () => growthSeries('gdp', bogus)],
  ['assessTarget', () => assessTarget('gdp-target-2021', bogus)],
  ['requiredGrowth', () => requiredGrowth('gdp-target-2021', 2400, bogus)],
  ['format', () => format({ value: 1, decimals: 0, unit: 'count', multiplier: 0 }, bogus)],
] as const

describe('an option a function does not have', () => {
  it.each(calls)('%s refuses it with INVALID_ARGUMENT naming options.status', (_name, call) => {
    expect(call).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', input: 'options.status' }))
  })

  it('growthSeries takes no measure (it is always of levels)', () => {
    expect(() => growthSeries('gdp', { measure: 'growth' } as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', input: 'options.measure' }))
  })

  it('the options each function has still work', () => {
    expect(targetsByZone('cdht', {}).length).toBeGreaterThan(0)
    expect(findObservation('gdp', '2023', { scope: 'cdht', measure: 'level' })?.id).toBe('gdp-2023')
    expect(format({ value: 1, decimals: 0, unit: 'count', multiplier: 0 }, { locale: 'en', counter: { zh: '家', en: 'firms', enOrigin: 'ours' } })).toBe('1 firms')
  })
})
