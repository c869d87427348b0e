import { describe, expect, it } from 'vitest'
import { ndjsonRecords } from '../../src/export/ndjsonRecords.js'
import type { BASE_VALUE_AT } from '../../src/export/ndjsonRecords.js'
import { fixtureDataset } from './fixtures.js'

const lineOf = (collection: keyof typeof BASE_VALUE_AT, id: string): Record<string, unknown> =>
  ndjsonRecords(collection, fixtureDataset).find((line) => (line as { id: string }).id === id) as Record<string, unknown>

describe('ndjsonRecords', () => {
  it('puts baseValue right after value, exact and as text (3201.2 ×10⁸ is 320120000000; 6.0 percent is 6)', () => {
    const line = lineOf('observations', 'gdp-2023')
    expect(Object.keys(line).slice(4, 8)).toEqual(['period', 'value', 'baseValue', 'decimals'])
    expect([line.baseValue, lineOf('observations', 'gdp-growth-2023').baseValue, lineOf('targets', 'gdp-growth-2024').baseValue]).toEqual(['320120000000', '6', '7'])
  })

  it('puts a project’s baseValue inside its investment, and leaves a project without one as it is', () => {
    expect(lineOf('projects', 'fab').investment).toEqual({ value: 100, baseValue: '10000000000', decimals: 1, unit: 'CNY', multiplier: 8, bound: 'lower' })
    const bare = fixtureDataset.projects.find((project) => project.investment === undefined)!
    expect(ndjsonRecords('projects', fixtureDataset)).toContain(bare)
  })

  it('leaves the rest of every record as it is, and collections without values untouched', () => {
    const stripped = ndjsonRecords('observations', fixtureDataset).map((line) => JSON.stringify(line, (key, value: unknown) => (key === 'baseValue' ? undefined : value)))
    expect(stripped).toEqual(fixtureDataset.observations.map((record) => JSON.stringify(record)))
    expect(ndjsonRecords('sources', fixtureDataset)).toBe(fixtureDataset.sources)
    expect(ndjsonRecords('errata', { ...fixtureDataset, errata: [] })).toEqual([])
  })

  it('does not touch the records it is given', () => {
    const before = JSON.stringify(fixtureDataset)
    ndjsonRecords('targets', fixtureDataset)
    ndjsonRecords('projects', fixtureDataset)
    expect(JSON.stringify(fixtureDataset)).toBe(before)
  })
})
