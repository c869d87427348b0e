import { describe, expect, it } from 'vitest'
import { toJsonStat } from '../../src/export/toJsonStat.js'
import type { Dataset } from '../../src/export/types.js'
import { dataset } from '../../src/data/dataset.js'
import type { Observation } from '../../src/types.js'
import { fixtureDataset, fixtureRelease } from './fixtures.js'

interface JsonStat {
  version: string
  class: string
  updated: string
  id: string[]
  size: number[]
  role: Record<string, string[]>
  dimension: Record<string, { category: { index: string[]; unit?: Record<string, { decimals: number; label: string; symbol?: string }> } }>
  value: Record<string, number>
  status: Record<string, string>
  extension: { series: Record<string, { indicator: string; measure: string }>; cell: Record<string, { observation: string; source: string; published?: unknown }> }
}

const parse = (dataset: Dataset): JsonStat => JSON.parse(toJsonStat(dataset, fixtureRelease)) as JsonStat
const jsonStat = parse(fixtureDataset)

/** The category ids of a flat value index, one per dimension (row-major, last dimension fastest). */
function coordinates(index: number): string[] {
  const result: string[] = []
  let rest = index
  for (let dimension = jsonStat.id.length - 1; dimension >= 0; dimension--) {
    const size = jsonStat.size[dimension]!
    result.unshift(jsonStat.dimension[jsonStat.id[dimension]!]!.category.index[rest % size]!)
    rest = Math.floor(rest / size)
  }
  return result
}

describe('toJsonStat', () => {
  it('is a JSON-stat 2.0 dataset of series × scope × period, with their roles', () => {
    expect(jsonStat).toMatchObject({ version: '2.0', class: 'dataset', updated: '2025-03-01', id: ['series', 'scope', 'period'] })
    expect(jsonStat.role).toEqual({ metric: ['series'], geo: ['scope'], time: ['period'] })
    expect(jsonStat.size).toEqual(jsonStat.id.map((id) => jsonStat.dimension[id]!.category.index.length))
  })

  it('puts every value at the cell of its observation’s series, scope and period', () => {
    const byId = new Map(fixtureDataset.observations.map((observation) => [observation.id as string, observation]))
    const cells = Object.entries(jsonStat.value).map(([index, value]) => {
      const observation = byId.get(jsonStat.extension.cell[index]!.observation)!
      const [series, scope, period] = coordinates(Number(index))
      const { indicator, measure } = jsonStat.extension.series[series!]!
      return [observation.indicator, observation.measure, observation.scope, observation.period, observation.value, observation.source].join('|') ===
        [indicator, measure, scope, period, value, jsonStat.extension.cell[index]!.source].join('|')
    })
    expect(cells).toHaveLength(5)
    expect(cells.every(Boolean)).toBe(true)
  })

  it('holds the latest vintage only', () => {
    const held = Object.values(jsonStat.extension.cell).map((cell) => cell.observation)
    expect(held).toContain('gdp-2023-revised')
    expect(held).not.toContain('gdp-2023')
  })

  it('marks lower bounds and top-N ranks in status, and exact values not at all', () => {
    const statusOf = (id: string): string | undefined =>
      jsonStat.status[Object.entries(jsonStat.extension.cell).find(([, cell]) => cell.observation === id)![0]]
    expect([statusOf('gdp-2021q1q3'), statusOf('gdp-rank-2023'), statusOf('gdp-2023-revised')]).toEqual(['lower', 'top', undefined])
  })

  // REPORT6 §13: the release's file has "lower b" (gdp-2020), which its note did not describe.
  it('describes in its note every status the release writes, a bound at a break as two codes', () => {
    const release = JSON.parse(toJsonStat(dataset, fixtureRelease)) as JsonStat & { note: string[] }
    const statuses = new Set(Object.values(release.status))
    expect(statuses).toContain('lower b')
    const note = release.note.find((line) => line.startsWith('status:')) ?? ''
    for (const status of statuses) {
      const codes = status.split(' ')
      // One code, or a bound then the break: the order the note states.
      expect(codes.length === 1 || (codes.length === 2 && ['lower', 'top'].includes(codes[0]!) && codes[1] === 'b')).toBe(true)
      for (const code of codes) expect(note).toContain(`${code} = `)
      if (codes.length > 1) expect(note).toContain(`"${status}"`)
    }
    expect(note).toContain('split a status on spaces')
  })

  // rankAmong is a phrase ("nationwide", "among China's bonded zones"): "rank among among …" read as garble.
  it('names a rank or share series with its whole as a phrase, never "among among" or "among in"', () => {
    const release = JSON.parse(toJsonStat(dataset, fixtureRelease)) as JsonStat & { dimension: { series: { category: { label: Record<string, string> } } } }
    const labels = Object.values(release.dimension.series.category.label)
    expect(labels.filter((label) => / among (among|in|nationwide|Sichuan|Chengdu)\b/.test(label))).toEqual([])
    expect(labels).toContain('Gross domestic product, share of Chengdu')
    expect(labels).toContain('Foreign trade (imports and exports), rank (nationwide)')
  })

  it('gives each series its unit with the most decimals published in it', () => {
    expect(jsonStat.dimension.series!.category.unit).toMatchObject({
      'gdp.level': { label: '100 million CNY (亿元)', decimals: 1 },
      'gdp.growth.real': { decimals: 1, symbol: '%' },
      'gdp.rank.national-high-tech-zones': { decimals: 0 },
      'enterprises.level': { label: '10 thousand enterprises (万家)', decimals: 0 },
    })
  })

  it('refuses two current observations in one cell (one should supersede the other)', () => {
    const duplicate = { ...fixtureDataset.observations[0]!, id: 'gdp-2023-again' } as unknown as Observation
    const observations = [...fixtureDataset.observations.filter((observation) => (observation.id as string) !== 'gdp-2023-revised'), duplicate]
    expect(() => toJsonStat({ ...fixtureDataset, observations }, fixtureRelease)).toThrow(/same cell/)
  })

  it('rescales a value published with another power of ten to its series’ unit, keeping it as published', () => {
    const billions = { ...fixtureDataset.observations[0]!, id: 'gdp-2022', period: '2022', value: 288.35, decimals: 2, multiplier: 9 } as unknown as Observation
    const rescaled = parse({ ...fixtureDataset, observations: [...fixtureDataset.observations, billions] })
    const [index, cell] = Object.entries(rescaled.extension.cell).find(([, candidate]) => candidate.observation === 'gdp-2022')!
    expect(rescaled.value[index]).toBe(2883.5)
    expect(cell).toMatchObject({ published: { value: 288.35, multiplier: 9 } })
    expect(rescaled.dimension.series!.category.unit!['gdp.level']).toMatchObject({ label: '100 million CNY (亿元)', decimals: 1 })
  })

  it('refuses a series whose unit changes between observations', () => {
    const other = { ...fixtureDataset.observations[2]!, id: 'gdp-2022', period: '2022', unit: 'count' } as unknown as Observation
    expect(() => toJsonStat({ ...fixtureDataset, observations: [...fixtureDataset.observations, other] }, fixtureRelease)).toThrow(/unit count differs/)
  })

  it('refuses an observation of an indicator missing from the catalogue', () => {
    expect(() => toJsonStat({ ...fixtureDataset, indicators: [] }, fixtureRelease)).toThrow(/unknown indicator/)
  })
})
