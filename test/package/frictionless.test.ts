import { createHash } from 'node:crypto'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Package } from 'datapackage'
import { describe, expect, it } from 'vitest'
import { consumerDir } from './_consumer.js'

// The descriptor as Frictionless JS (`datapackage` on npm, the official JS reader; 1.1.10 runs on
// Node 20) reads it: every tabular resource with its foreign keys resolved (relations: true),
// every other resource's bytes against the declared hash.
interface Resource {
  readonly name: string
  readonly tabular: boolean
  readonly descriptor: { readonly path: string; readonly hash: string }
  read: (options: { relations: boolean; keyed: boolean }) => Promise<Record<string, unknown>[]>
  rawRead: () => Promise<Buffer | undefined>
}
const exportDir = (): string => join(consumerDir(), 'node_modules/cdht-data/data/export')

async function readAll(descriptor: string): Promise<{ name: string; rows: number; problem?: string }[]> {
  const loaded = (await Package.load(descriptor)) as { valid: boolean; errors: unknown[]; resources: Resource[] }
  expect(loaded.errors.map(String)).toEqual([])
  return Promise.all(
    loaded.resources.map(async (resource) => {
      try {
        if (resource.tabular) return { name: resource.name, rows: (await resource.read({ relations: true, keyed: true })).length }
        // datapackage 1.1.10 gives undefined, not an empty buffer, for an empty file (errata.ndjson).
        const bytes = (await resource.rawRead()) ?? Buffer.alloc(0)
        const hash = `sha256:${createHash('sha256').update(bytes).digest('hex')}`
        return hash === resource.descriptor.hash ? { name: resource.name, rows: -1 } : { name: resource.name, rows: -1, problem: 'hash differs' }
      } catch (error) {
        const details = (error as { errors?: unknown[] }).errors?.slice(0, 3).map(String) ?? []
        return { name: resource.name, rows: 0, problem: [String(error), ...details].join('; ') }
      }
    }),
  )
}

describe('the data package in Frictionless JS', () => {
  it('reads every resource it lists: each table with its relations, each other file by its hash', async () => {
    const results = await readAll(join(exportDir(), 'datapackage.json'))
    expect(results.filter((result) => result.problem !== undefined)).toEqual([])
    const observations = JSON.parse(readFileSync(join(exportDir(), '../observations.json'), 'utf8')) as unknown[]
    expect(results.find((result) => result.name === 'observations')?.rows).toBe(observations.length)
    expect(results.some((result) => result.name.endsWith('_excel'))).toBe(false)
  })

  it('would catch a broken foreign key: the relations are really checked', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'cdht-frictionless-'))
    cpSync(exportDir(), copy, { recursive: true })
    const csv = join(copy, 'csv/observations.csv')
    const [header = '', first = '', ...rest] = readFileSync(csv, 'utf8').split('\r\n')
    const indicator = header.split(',').indexOf('indicator')
    const cells = first.split(',')
    cells[indicator] = 'no-such-indicator'
    writeFileSync(csv, [header, cells.join(','), ...rest].join('\r\n'))
    const results = await readAll(join(copy, 'datapackage.json'))
    expect(results.find((result) => result.name === 'observations')?.problem).toMatch(/foreign key|relation/i)
  })
})
