import { describe, expect, it } from 'vitest'
import { breaksBefore } from '../../src/export/breaksBefore.js'
import { buildTables } from '../../src/export/tables.js'
import { toJsonStat } from '../../src/export/toJsonStat.js'
import type { Dataset } from '../../src/export/types.js'
import type { Observation, SeriesBreak } from '../../src/types.js'
import { fixtureDataset, fixtureRelease } from './fixtures.js'

const [gdp2023, growth2023, gdp2021] = fixtureDataset.observations as [Observation, Observation, Observation]
const gdp2019 = { ...gdp2021, id: 'gdp-2019', period: '2019', value: 1500, bound: 'exact' } as unknown as Observation
const dated = (from: string): SeriesBreak =>
  ({ id: `area-${from}`, kind: 'area', indicator: 'gdp', scope: 'cdht', from, label: gdp2023.passage, evidence: [], documentedIn: { file: 'x', passage: 'xx' } }) as unknown as SeriesBreak

describe('breaksBefore (the crossing rule)', () => {
  it.each([
    // start(previous) < from <= end(this one)
    ['2022-01-01', ['gdp-2023']],
    ['2023-12-31', ['gdp-2023']],
    ['2024-01-01', []],
    ['2021-01-01', []],
    ['2021-01-02', ['gdp-2023']],
  ])('a break from %s lies before %j', (from, expected) => {
    const found = breaksBefore([gdp2021, gdp2023, growth2023], [dated(from)])
    expect([...found.keys()]).toEqual(expected)
  })

  it('never puts a break before the first observation of a series, nor in another measure', () => {
    const found = breaksBefore([gdp2019, gdp2023, growth2023], [dated('2020-06-01')])
    expect([...found]).toEqual([['gdp-2023', ['area-2020-06-01']]])
  })

  it('puts a coverage break between values whose coverage differs', () => {
    const coverage = { ...dated('x'), id: 'bonded-coverage', kind: 'coverage', from: null } as unknown as SeriesBreak
    const with_ = { ...gdp2019, coverage: 'with-shuangliu' } as Observation
    const without = { ...gdp2023, coverage: 'without-shuangliu' } as Observation
    expect([...breaksBefore([with_, without], [coverage])]).toEqual([['gdp-2023', ['bonded-coverage']]])
    expect([...breaksBefore([with_, { ...without, coverage: 'with-shuangliu' }], [coverage])]).toEqual([])
  })

  it('flags the CSV row (break_before) and the JSON-stat value (status b)', () => {
    const dataset = { ...fixtureDataset, observations: [gdp2019, ...fixtureDataset.observations], breaks: [dated('2020-06-01')] } as Dataset
    const table = buildTables(dataset).find((candidate) => candidate.name === 'observations')!
    const column = table.columns.findIndex((candidate) => candidate.name === 'break_before')
    // 2019 → 2021-01/2021-09 crosses 2020-06-01; 2021 → 2023 (and its revision) does not.
    expect(table.rows.filter((row) => row[column] !== null).map((row) => [row[0], row[column]])).toEqual([['gdp-2021q1q3', 'area-2020-06-01']])
    const jsonStat = JSON.parse(toJsonStat(dataset, fixtureRelease)) as { status: Record<string, string>; extension: { cell: Record<string, { observation: string; breaks?: string[] }> } }
    const flagged = Object.entries(jsonStat.status).filter(([, status]) => status.split(' ').includes('b')).map(([key]) => jsonStat.extension.cell[key]?.observation)
    expect(flagged).toEqual(['gdp-2021q1q3'])
    expect(jsonStat.status[Object.keys(jsonStat.status).find((key) => jsonStat.extension.cell[key]?.observation === 'gdp-2021q1q3')!]).toBe('lower b')
  })
})
