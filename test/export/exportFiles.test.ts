import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { exportFiles } from '../../src/export/exportFiles.js'
import type { DataResource } from '../../src/export/toDataPackage.js'
import { fixtureDataset, fixtureRelease } from './fixtures.js'

const files = exportFiles(fixtureDataset, fixtureRelease)
const datapackage = JSON.parse(files.at(-1)!.content) as { $schema: string; version: string; created: string; resources: DataResource[]; sources: unknown[] }
const byPath = new Map(files.map((file) => [file.path, file.content]))

describe('exportFiles', () => {
  it('writes CSV per table, NDJSON per collection and the errata, JSON-stat, then datapackage.json', () => {
    const paths = files.map((file) => file.path)
    expect(paths.filter((path) => path.startsWith('csv/'))).toHaveLength(15)
    expect(paths.filter((path) => path.startsWith('ndjson/'))).toHaveLength(13)
    expect(paths).toHaveLength(15 + 13 + 1 + 1)
    expect(paths).toContain('csv/errata.csv')
    expect(paths).toContain('ndjson/errata.ndjson')
    expect(paths.at(-1)).toBe('datapackage.json')
  })

  it('writes no file with a byte order mark (Excel copies are the CLI\'s `--bom`), and says how to get them', () => {
    expect(files.filter((file) => file.content.startsWith('\uFEFF')).map((file) => file.path)).toEqual([])
    expect(files.at(-1)!.content).toContain('--format csv --bom')
    expect(files.at(-1)!.content).not.toContain('convenienceCopies')
  })

  it('describes the data as what it is, not official statistics', () => {
    expect(files.at(-1)!.content).not.toMatch(/official statistics/i)
    expect(files.at(-1)!.content).toContain('each source graded')
  })

  it('is deterministic: the same data gives the same bytes', () => {
    expect(exportFiles(fixtureDataset, fixtureRelease)).toEqual(files)
  })

  it('describes a Data Package v2 with the release version and date', () => {
    expect(datapackage).toMatchObject({
      $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
      version: '1.2.3',
      created: '2025-03-01T00:00:00Z',
    })
    expect(datapackage.sources).toHaveLength(fixtureDataset.sources.length)
  })

  it('lists every other file as a resource with its exact size and sha256', () => {
    expect(datapackage.resources.map((resource) => resource.path)).toEqual(
      files.filter((file) => file.path !== 'datapackage.json').map((file) => file.path),
    )
    for (const resource of datapackage.resources) {
      const content = byPath.get(resource.path)!
      expect(resource.bytes, resource.path).toBe(Buffer.byteLength(content))
      expect(resource.hash, resource.path).toBe(`sha256:${createHash('sha256').update(content).digest('hex')}`)
    }
  })

  it('names resources uniquely, as the spec asks, with relative paths', () => {
    const names = datapackage.resources.map((resource) => resource.name)
    expect(new Set(names).size).toBe(names.length)
    expect(names.filter((name) => !/^[a-z0-9._-]+$/.test(name))).toEqual([])
    expect(datapackage.resources.filter((resource) => resource.path.startsWith('/') || resource.path.includes('..'))).toEqual([])
  })

  it('gives each CSV a schema whose fields are its header row', () => {
    for (const resource of datapackage.resources.filter((candidate) => candidate.format === 'csv')) {
      const header = byPath.get(resource.path)!.replace(/^\uFEFF/, '').split('\r\n')[0]
      expect(resource.schema?.fields.map((field) => field.name).join(','), resource.path).toBe(header)
    }
  })
})
