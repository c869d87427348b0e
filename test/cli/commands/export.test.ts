import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { filesOf, run } from '../../../src/cli/commands/export.js'
import { CliFailure } from '../../../src/cli/failure.js'
import * as collections from '../../../src/data/collections.js'
import { exportFiles } from '../../../src/export/exportFiles.js'
import { meta } from '../../../src/index.js'
import type { CommandContext } from '../../../src/cli/context.js'
import type { CommandOptions } from '../../../src/cli/args.js'
import { contextFor, requestFor } from '../_context.js'

const dataDir = resolve(import.meta.dirname, '../../../data')
const shipped = exportFiles(collections, { version: meta.version, released: meta.released })
const exportWith = (options: Partial<CommandOptions>, context: Partial<CommandContext> = {}) => run(requestFor([], options), contextFor(context))

describe('filesOf', () => {
  it.each([
    ['csv', false, 'csv/'],
    ['csv', true, 'csv-excel/'],
    ['ndjson', false, 'ndjson/'],
    ['jsonstat', false, 'jsonstat/'],
  ] as const)('%s (bom: %s) is the %s files of the release export, byte for byte', (format, bom, folder) => {
    const files = filesOf(format, bom, collections)
    expect(files.length).toBeGreaterThan(0)
    expect(files).toEqual(shipped.filter((file) => file.path.startsWith(folder)))
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
    }
  })
  it('hands the files to write to main.ts and lists their paths', () => {
    const result = exportWith({ format: 'csv', bom: true, out: 'out' })
    expect(result.files?.map((file) => file.path)).toEqual(shipped.filter((file) => file.path.startsWith('csv-excel/')).map((file) => join('out', file.path)))
    expect(result.files?.every((file) => file.content.startsWith('\uFEFF'))).toBe(true)
    expect(result.stdout.trimEnd().split('\n')).toEqual(result.files?.map((file) => file.path))
    expect(result.notes).toEqual([`wrote ${result.files?.length ?? 0} files to out`])
    expect(exportWith({ format: 'jsonstat', out: 'out' }, { lang: 'zh' }).notes).toEqual(['已写出 1 个文件到 out'])
  })
  it('lists paths, sizes and sha256 with --json', () => {
    const parsed = JSON.parse(exportWith({ format: 'ndjson', out: 'o' }, { json: true }).stdout) as { files: { path: string; bytes: number; sha256: string }[] }
    expect(parsed.files[0]).toMatchObject({ path: join('o', 'ndjson/sources.ndjson'), bytes: expect.any(Number) as number, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as string })
  })
  it('exports what was published by --as-of', () => {
    const early = JSON.parse(exportWith({ format: 'json' }, { asOf: '2021-12-31' }).stdout) as Record<string, { id: string }[]>
    expect(early.observations?.map((o) => o.id)).not.toContain('gdp-2023')
    expect(early.indicators).toHaveLength(collections.indicators.length)
  })
})
