import { describe, expect, it } from 'vitest'
import * as data from '../../src/data/collections.js'
import { getChain } from '../../src/query/getChain.js'
import { getFact } from '../../src/query/getFact.js'
import { getIndicator } from '../../src/query/getIndicator.js'
import { getIndustry } from '../../src/query/getIndustry.js'
import { getObservation } from '../../src/query/getObservation.js'
import { getPark } from '../../src/query/getPark.js'
import { getPlanItem } from '../../src/query/getPlanItem.js'
import { getProject } from '../../src/query/getProject.js'
import { getSource } from '../../src/query/getSource.js'
import { getTarget } from '../../src/query/getTarget.js'
import { getZone } from '../../src/query/getZone.js'

// One table for the eleven lookups by id: they share one mechanism, so they share one test.
const lookups = [
  { name: 'getChain', get: getChain, records: data.chains },
  { name: 'getFact', get: getFact, records: data.facts },
  { name: 'getIndicator', get: getIndicator, records: data.indicators },
  { name: 'getIndustry', get: getIndustry, records: data.industries },
  { name: 'getObservation', get: getObservation, records: data.observations },
  { name: 'getPark', get: getPark, records: data.parks },
  { name: 'getPlanItem', get: getPlanItem, records: data.plan },
  { name: 'getProject', get: getProject, records: data.projects },
  { name: 'getSource', get: getSource, records: data.sources },
  { name: 'getTarget', get: getTarget, records: data.targets },
  { name: 'getZone', get: getZone, records: data.zones },
] as { name: string; get: (id: string) => unknown; records: readonly { id: string }[] }[]

describe.each(lookups)('$name', ({ get, records }) => {
  it('returns every record of its collection by its id, the frozen record itself', () => {
    expect(records.length).toBeGreaterThan(0)
    for (const record of records) expect(get(record.id)).toBe(record)
  })

  it.each(['gpd', '', 'GDP-2023'])('refuses the unknown id %j with UNKNOWN_ID naming id', (id) => {
    expect(() => get(id)).toThrow(expect.objectContaining({ code: 'UNKNOWN_ID', input: 'id' }))
  })
})

describe('getIndicator', () => {
  it('gives the catalogue entry of GDP, a flow in yuan', () => {
    expect(getIndicator('gdp')).toMatchObject({ kind: 'flow', unit: 'CNY', label: { zh: '地区生产总值' } })
  })
})
