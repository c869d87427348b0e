import { describe, expect, it } from 'vitest'
import * as ids from '../../src/data/ids.js'
import { asOf } from '../../src/query/asOf.js'
import { findObservation } from '../../src/query/findObservation.js'
import { getZone } from '../../src/query/getZone.js'
import { latestObservation } from '../../src/query/latestObservation.js'
import { observationSeries } from '../../src/query/observationSeries.js'
import { observationVintages } from '../../src/query/observationVintages.js'
import { targetsByZone } from '../../src/query/targetsByZone.js'

// Each call's result is mutated as a careless caller would; a second call must not see it.
const calls: readonly { name: string; call: () => unknown }[] = [
  { name: 'observationSeries', call: () => observationSeries('gdp') },
  { name: 'observationSeries (none)', call: () => observationSeries('gdp', { scope: 'jiaozi-financial-district' }) },
  { name: 'observationSeries of a view', call: () => observationSeries('gdp', { dataset: asOf('2024-02-23') }) },
  { name: 'observationVintages', call: () => observationVintages('gdp', '2023') },
  { name: 'observationVintages (none)', call: () => observationVintages('gdp', '1999') },
  { name: 'targetsByZone', call: () => targetsByZone('cdht') },
  { name: 'targetsByZone (none)', call: () => targetsByZone('jiaozi-financial-district') },
  { name: 'targetsByZone of a view', call: () => targetsByZone('cdht', { dataset: asOf('2024-02-23') }) },
  { name: 'findObservation', call: () => findObservation('gdp', '2023') },
  { name: 'latestObservation', call: () => latestObservation('gdp') },
  { name: 'getZone', call: () => getZone('cdht') },
  { name: 'asOf', call: () => asOf('2024-03-01') },
]

function vandalise(value: unknown): void {
  if (Array.isArray(value)) {
    try { value.reverse() } catch { /* frozen */ }
    try { value.length = 0 } catch { /* frozen */ }
    try { value.push('x') } catch { /* frozen */ }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      try { (value as Record<string, unknown>)[key] = 'x' } catch { /* frozen */ }
      vandalise((value as Record<string, unknown>)[key])
    }
  }
}

describe('nothing a query returns aliases the library state', () => {
  it.each(calls)('$name: mutating the result changes no later call', ({ call }) => {
    const before = structuredClone(call())
    vandalise(call())
    expect(call()).toEqual(before)
  })

  it('observationSeries(gdp).reverse() cannot change latestObservation(gdp)', () => {
    const latest = latestObservation('gdp')
    expect(() => (observationSeries('gdp') as unknown[]).reverse()).toThrow(TypeError)
    expect(latestObservation('gdp')).toBe(latest)
  })

  it('targetsByZone(cdht).length = 0 cannot empty later calls', () => {
    const count = targetsByZone('cdht').length
    expect(count).toBeGreaterThan(0)
    expect(() => {
      ;(targetsByZone('cdht') as unknown[]).length = 0
    }).toThrow(TypeError)
    expect(targetsByZone('cdht')).toHaveLength(count)
  })

  it.each(Object.entries(ids).filter(([, value]) => Array.isArray(value)))('the id list %s is frozen', (_, list) => {
    expect(() => (list as unknown as string[]).push('x')).toThrow(TypeError)
    expect(Object.isFrozen(list)).toBe(true)
  })
})
