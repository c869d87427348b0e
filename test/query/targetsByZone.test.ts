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

  it('gives the Tianfu bio-town its three 2024 targets and the 2025 one set in 2016', () => {
    expect(targetsByZone('tianfu-bio-town').map((target) => target.id)).toEqual([
      'bio-industry-scale-bio-town-2024',
      'bio-town-population-growth-2024',
      'bio-town-population-2024',
      'bio-town-total-output-target-2025',
    ])
  })

  it('gives only the targets known on a day', () => {
    expect(targetsByZone('cdht', { dataset: asOf('2022-01-01') }).map((target) => target.id)).toEqual([
      'gdp-target-2021', 'gdp-growth-target-2021', 'gdp-target-2020', 'gdp-growth-target-2015', 'industrial-value-added-growth-target-2015',
      'general-budget-revenue-growth-target-2015', 'retail-sales-growth-target-2015', 'gross-industrial-output-target-2015',
      'gross-industrial-output-target-2017', 'total-output-target-2025',
    ])
    expect(targetsByZone('cdht', { dataset: asOf('2014-01-01') }).map((target) => target.id)).toEqual(['gross-industrial-output-target-2015', 'gross-industrial-output-target-2017'])
  })

  it('refuses an unknown zone with UNKNOWN_ID naming zone', () => {
    expect(() => targetsByZone('shenzhen' as 'cdht')).toThrow(expect.objectContaining({ code: 'UNKNOWN_ID', input: 'zone' }))
  })
})
