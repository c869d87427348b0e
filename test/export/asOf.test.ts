import { describe, expect, it } from 'vitest'
import { datasetAsOf } from '../../src/cli/commands/exportAsOf.js'
import * as collections from '../../src/data/collections.js'
import { closeReferences } from '../../src/export/closeReferences.js'
import { exportFiles } from '../../src/export/exportFiles.js'
import { buildTables } from '../../src/export/tables.js'
import type { Dataset } from '../../src/export/types.js'
import { errata } from '../../src/release/errata.js'

const whole: Dataset = { ...collections, errata }
// The day a source is available from: its own date (a full day in this test), or, undated, the day its figures were released.
const published = new Map(collections.sources.map((source) => [source.id as string, source.published ?? source.released?.on ?? null]))
// Each publication day, the day before and the day after, and a few others.
const days = [
  ...new Set(
    collections.sources
      .flatMap((source) => (source.published !== null && source.published.length === 10 ? [source.published] : []))
      .flatMap((day) => {
        const time = Date.parse(`${day}T00:00:00Z`)
        return [-1, 0, 1].map((shift) => new Date(time + shift * 86_400_000).toISOString().slice(0, 10))
      }),
  ),
  '2000-01-01',
  '2020-01-01',
  '2099-12-31',
].sort()

describe('exports as of a day', () => {
  it.each(days)('%s: every row cites only sources published by then, and every foreign key resolves', (day) => {
    const dataset = datasetAsOf(whole, day)
    const problems: string[] = []
    const tables = buildTables(dataset)
    const ids = new Map(tables.map((table) => [table.name, new Set(table.rows.map((row) => row[0]))]))
    for (const table of tables) {
      table.columns.forEach((column, index) => {
        if (column.references === undefined) return
        const target = column.references === '' ? table.name : column.references
        for (const row of table.rows) {
          const value = row[index]
          if (value === null || value === undefined) continue
          if (ids.get(target)?.has(value) !== true) problems.push(`${table.name}.${column.name} = ${String(value)}: not in ${target}`)
          const date = target === 'sources' ? published.get(String(value)) : undefined
          if (target === 'sources' && (date === null || date === undefined || date > day)) problems.push(`${table.name}.${column.name} cites ${String(value)} (${String(date)})`)
        }
      })
    }
    expect(problems).toEqual([])
    const datapackage = JSON.parse(exportFiles(dataset, { version: '0.0.0', released: day }).at(-1)!.content) as { sources: unknown[] }
    expect(datapackage.sources).toHaveLength(dataset.sources.length)
  })

  it('as of 2021-12-31 leaves out the 2024 report and what rests on it, and keeps the sources of 2021', () => {
    const dataset = datasetAsOf(whole, '2021-12-31')
    expect(dataset.sources.map((source) => source.id)).toContain('ceb-2021-03-12')
    expect(dataset.sources.map((source) => source.id)).not.toContain('cdht-work-meeting-2024')
    expect([dataset.facts, dataset.plan, dataset.chains]).toEqual([[], [], []])
  })

  it('leaves a complete dataset as it is', () => {
    expect(closeReferences(whole)).toBe(whole)
  })
})
