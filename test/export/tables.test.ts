import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildTables } from '../../src/export/tables.js'
import type { Cell, Dataset, Table } from '../../src/export/types.js'
import { readDataset } from '../../scripts/lib/readDataset.js'
import { fixtureDataset } from './fixtures.js'

const dataDir = join(import.meta.dirname, '../../data')
const datasets: [string, Dataset][] = [['the fixture', fixtureDataset]]
if (existsSync(join(dataDir, 'observations.json'))) datasets.push(['data/', readDataset(dataDir)])

// Nested lists that become tables of their own instead of columns.
const LIST_TABLES: Readonly<Record<string, string>> = { 'zones.focus.plans': 'zone_focus_plans', 'projects.firsts': 'project_firsts' }
// Lists of ids, kept in one column joined by spaces.
const JOINED_LISTS: ReadonlySet<string> = new Set(['breaks.evidence'])

const snake = (path: string): string => path.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`).replaceAll('.', '_')

/** Every scalar of a record by dotted path, arrays reported whole. */
function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix === '' ? key : `${prefix}.${key}`))
  }
  return [[prefix, value]]
}

function cell(table: Table, rowIndex: number, columnName: string): Cell | undefined {
  const columnIndex = table.columns.findIndex((column) => column.name === columnName)
  return columnIndex === -1 ? undefined : table.rows[rowIndex]?.[columnIndex]
}

describe.each(datasets)('buildTables on %s', (_name, dataset) => {
  const tables = buildTables(dataset)
  const byName = new Map(tables.map((table) => [table.name, table]))
  const collections = Object.keys(dataset) as (keyof Dataset)[]

  it('makes one table per collection, then zone_focus_plans, project_firsts and errata', () => {
    expect(tables.map((table) => table.name)).toEqual([...collections, 'zone_focus_plans', 'project_firsts', 'errata'])
  })

  it.each(collections)('%s: one row per record, and every field of every record in its column', (collection) => {
    const table = byName.get(collection)!
    const records = dataset[collection] as readonly object[]
    expect(table.rows).toHaveLength(records.length)
    const problems: string[] = []
    records.forEach((record, rowIndex) => {
      for (const [path, value] of leaves(record)) {
        if (Array.isArray(value)) {
          if (JOINED_LISTS.has(`${collection}.${path}`)) {
            const joined = cell(table, rowIndex, snake(path))
            if (joined !== value.join(' ')) problems.push(`${(record as { id: string }).id}: ${path} = ${JSON.stringify(value)} but column ${snake(path)} holds ${JSON.stringify(joined)}`)
          } else if (LIST_TABLES[`${collection}.${path}`] === undefined) problems.push(`${path}: a list with no table`)
          continue
        }
        const found = cell(table, rowIndex, snake(path))
        const column = table.columns.find((candidate) => candidate.name === snake(path))
        const same = column?.type === 'number' ? Number(found) === value : found === value
        if (!same) problems.push(`${(record as { id: string }).id}: ${path} = ${JSON.stringify(value)} but column ${snake(path)} holds ${JSON.stringify(found)}`)
      }
    })
    expect(problems).toEqual([])
  })

  it.each(tables.map((table) => [table.name, table] as const))('%s: no empty cell in a required column', (_table, table) => {
    const empty = table.columns.flatMap((column, index) =>
      column.required ? table.rows.filter((row) => row[index] === null).map(() => column.name) : [],
    )
    expect(empty).toEqual([])
  })

  it('lists each focus plan and each first as a row with its position', () => {
    const plans = dataset.zones.flatMap((zone) => (zone.focus?.plans ?? []).map((plan, index) => [zone.id, index + 1, plan.zh]))
    const firsts = dataset.projects.flatMap((project) => project.firsts.map((first, index) => [project.id, index + 1, first.zh]))
    expect(byName.get('zone_focus_plans')!.rows.map((row) => row.slice(0, 3))).toEqual(plans)
    expect(byName.get('project_firsts')!.rows.map((row) => row.slice(0, 3))).toEqual(firsts)
  })
})

describe('buildTables cells', () => {
  const observations = buildTables(fixtureDataset).find((table) => table.name === 'observations')!
  const row = (id: string): number => observations.rows.findIndex((cells) => cells[0] === id)

  it.each([
    ['gdp-growth-2023', 'value', '6.0'],
    ['gdp-2023', 'value', '3201.2'],
    ['gdp-2021q1q3', 'period_start', '2021-01-01'],
    ['gdp-2021q1q3', 'period_end', '2021-09-30'],
    ['enterprises-2024-02-23', 'period_end', '2024-02-23'],
    ['gdp-rank-2023', 'rank_among_en', 'national high-tech zones'],
    ['gdp-2023', 'basis', null],
    ['gdp-2023', 'base_value', '320120000000'],
    ['gdp-growth-2023', 'base_value', '6'],
    ['enterprises-2024-02-23', 'base_value', '150000'],
    ['gdp-2023', 'break_before', null],
  ])('%s: %s is %j', (id, column, expected) => {
    expect(cell(observations, row(id), column)).toBe(expected)
  })
})
