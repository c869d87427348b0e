import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { filesOf, run } from '../../../src/cli/commands/export.js'
import { CliFailure } from '../../../src/cli/failure.js'
import * as collections from '../../../src/data/collections.js'
import { exportFiles } from '../../../src/export/exportFiles.js'
import { errata, meta } from '../../../src/index.js'
import type { CommandContext } from '../../../src/cli/context.js'
import type { CommandOptions } from '../../../src/cli/args.js'
import { contextFor, failureOf, requestFor } from '../_context.js'

const dataDir = resolve(import.meta.dirname, '../../../data')
const shipped = exportFiles({ ...collections, errata }, { version: meta.version, released: meta.released })
const exportWith = (options: Partial<CommandOptions>, context: Partial<CommandContext> = {}) => run(requestFor([], options), contextFor(context))

describe('filesOf', () => {
  it.each([
    ['csv', false, 'csv/'],
    ['ndjson', false, 'ndjson/'],
    ['jsonstat', false, 'jsonstat/'],
  ] as const)('%s (bom: %s) is the %s files of the release export, byte for byte', (format, bom, folder) => {
    const files = filesOf(format, bom, collections)
    expect(files.length).toBeGreaterThan(0)
    expect(files).toEqual(shipped.filter((file) => file.path.startsWith(folder)))
  })
  it('csv with bom is each CSV file of the release export with a byte order mark, under csv-excel/', () => {
    const plain = shipped.filter((file) => file.path.startsWith('csv/'))
    expect(filesOf('csv', true, collections)).toEqual(plain.map((file) => ({ path: file.path.replace('csv/', 'csv-excel/'), content: `\uFEFF${file.content}` })))
  })
  it('datapackage is every export file and datapackage.json', () => {
    expect(filesOf('datapackage', false, collections)).toEqual(shipped)
  })
  it('json is the canonical data files, byte for byte', () => {
    for (const file of filesOf('json', false, collections)) {
      expect(file.content).toBe(readFileSync(join(dataDir, file.path.replace(/^json\//, '')), 'utf8'))
    }
  })
})

describe('export', () => {
  it('prints a single-document format on stdout', () => {
    expect(exportWith({ format: 'jsonstat' }).stdout).toBe(shipped.find((file) => file.path === 'jsonstat/observations.json')?.content)
    const all = JSON.parse(exportWith({ format: 'json' }).stdout) as Record<string, unknown[]>
    expect(Object.keys(all)).toContain('observations')
    expect(all.observations).toHaveLength(collections.observations.length)
  })
  it('asks for --out when a format writes several files', () => {
    for (const format of ['csv', 'ndjson', 'datapackage'] as const) {
      const error: unknown = (() => {
        try {
          return exportWith({ format })
        } catch (thrown) {
          return thrown
        }
      })()
      expect(error).toBeInstanceOf(CliFailure)
      expect((error as CliFailure).kind).toBe('usage')
      expect((error as CliFailure).message).toMatch(/writes \d+ files: give --out DIR/)
      // Naming one collection is a way out for a table format, not for the whole-dataset package.
      expect((error as CliFailure).message.includes('name one collection')).toBe(format !== 'datapackage')
    }
  })
  it('hands the files to write to main.ts, relative to --out, and lists their paths', () => {
    const result = exportWith({ format: 'csv', bom: true, out: 'out' })
    const excel = filesOf('csv', true, collections)
    expect(result.output).toEqual({ dir: 'out', force: false, files: excel })
    expect(result.output?.files.every((file) => file.content.startsWith('\uFEFF'))).toBe(true)
    expect(result.stdout.trimEnd().split('\n')).toEqual(excel.map((file) => join('out', file.path)))
    expect(result.notes).toEqual([`wrote ${excel.length} files to out`])
    expect(exportWith({ format: 'jsonstat', out: 'out', force: true }, { lang: 'zh' })).toMatchObject({ notes: ['已写出 1 个文件到 out'], output: { force: true } })
  })
  it.each([
    ['csv', 'csv/observations.csv'],
    ['ndjson', 'ndjson/observations.ndjson'],
  ] as const)('streams one collection as %s to stdout, the bytes of %s', (format, path) => {
    expect(run(requestFor(['observations'], { format }), contextFor()).stdout).toBe(shipped.find((file) => file.path === path)?.content)
  })
  it('streams one collection as json, and the errata in every format', () => {
    expect(JSON.parse(run(requestFor(['zones'], { format: 'json' }), contextFor()).stdout)).toEqual(collections.zones)
    expect(run(requestFor(['errata'], { format: 'csv' }), contextFor()).stdout).toMatch(/^collection,id,field,old_value,new_value,reason,date,source\r\n/)
    expect(run(requestFor(['errata'], { format: 'ndjson' }), contextFor()).stdout).toBe(shipped.find((file) => file.path === 'ndjson/errata.ndjson')?.content)
    expect(JSON.parse(exportWith({ format: 'json' }).stdout)).toHaveProperty('errata')
  })
  it('refuses one collection as a datapackage, or as JSON-stat unless it is the observations', () => {
    expect(failureOf(() => run(requestFor(['zones'], { format: 'datapackage' }), contextFor()))).toMatchObject({ kind: 'usage' })
    expect(failureOf(() => run(requestFor(['zones'], { format: 'jsonstat' }), contextFor({ lang: 'zh' }))).message).toContain('JSON-stat 只含观测值')
    expect(run(requestFor(['observations'], { format: 'jsonstat' }), contextFor()).stdout).toBe(shipped.find((file) => file.path === 'jsonstat/observations.json')?.content)
  })
  it('lists paths, sizes and sha256 with --json', () => {
    const parsed = JSON.parse(exportWith({ format: 'ndjson', out: 'o' }, { json: true }).stdout) as { files: { path: string; bytes: number; sha256: string }[] }
    expect(parsed.files[0]).toMatchObject({ path: join('o', 'ndjson/sources.ndjson'), bytes: expect.any(Number) as number, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as string })
  })
  it('exports what was published by --as-of', () => {
    const early = JSON.parse(exportWith({ format: 'json' }, { asOf: '2021-12-31' }).stdout) as Record<string, { id: string }[]>
    expect(early.observations?.map((o) => o.id)).not.toContain('gdp-2023')
    const used = new Set([...(early.observations ?? []), ...(early.targets ?? [])].map((record) => (record as unknown as { indicator: string }).indicator))
    expect(early.indicators?.filter((indicator) => !used.has(indicator.id))).toEqual([])
  })
  it('says in datapackage.json and the JSON-stat file which day an --as-of export stands for', () => {
    const files = run(requestFor([], { format: 'datapackage', out: 'o' }), contextFor({ asOf: '2021-12-31' })).output?.files ?? []
    const descriptor = JSON.parse(files.find((file) => file.path === 'datapackage.json')?.content ?? '{}') as { asOf?: string; title: string; description: string }
    expect(descriptor.asOf).toBe('2021-12-31')
    expect(descriptor.title).toMatch(/as known on 2021-12-31$/)
    expect(descriptor.description).toMatch(/^As known on 2021-12-31: /)
    const jsonStat = JSON.parse(exportWith({ format: 'jsonstat' }, { asOf: '2021-12-31' }).stdout) as { label: string; extension: { asOf?: string } }
    expect([jsonStat.extension.asOf, jsonStat.label.endsWith('as known on 2021-12-31')]).toEqual(['2021-12-31', true])
    // The full export says no day.
    const full = JSON.parse(exportWith({ format: 'jsonstat' }).stdout) as { extension: { asOf?: string } }
    expect(full.extension.asOf).toBeUndefined()
  })
})
