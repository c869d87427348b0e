import { describe, expect, it } from 'vitest'
import { targets, zones } from '../../src/data/collections.js'
import { asOf } from '../../src/query/asOf.js'
import { targetsByZone } from '../../src/query/targetsByZone.js'

describe('targetsByZone', () => {
  it('gives each zone exactly the targets scoped to it, in data order', () => {
    for (const zone of zones) {
      expect(targetsByZone(zone.id)).toEqual(targets.filter((target) => target.scope === zone.id))
    }
  })

  it('gives the Tianfu bio-town its three 2024 targets', () => {
    expect(targetsByZone('tianfu-bio-town').map((target) => target.id)).toEqual([
      'bio-industry-scale-bio-town-2024',
      'bio-town-population-growth-2024',
      'bio-town-population-2024',
    ])
  })

  it('gives only the targets known on a day', () => {
    expect(targetsByZone('cdht', { dataset: asOf('2022-01-01') }).map((target) => target.id)).toEqual(['gdp-target-2021', 'gdp-growth-target-2021'])
  })

  it('refuses an unknown zone with UNKNOWN_ID naming zone', () => {
    expect(() => targetsByZone('chengdu' as 'cdht')).toThrow(expect.objectContaining({ code: 'UNKNOWN_ID', input: 'zone' }))
  })
})
