import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DatasetSchema } from '../../src/schema/index.js'
import { aBreak, brokenCases, readRaw } from './brokenRecords.js'
import { strictAjv } from './strictAjv.js'

const schemaDir = join(import.meta.dirname, '../../data/schema')
const ajv = strictAjv()
const validate = (collection: string, records: unknown): boolean =>
  ajv.validate(JSON.parse(readFileSync(join(schemaDir, `${collection}.schema.json`), 'utf8')) as object, records)

describe('zod and the shipped JSON Schemas (ajv strict, draft 2020-12 + formats) agree', () => {
  it('both accept the data as it is', () => {
    const dataset = readRaw()
    expect(DatasetSchema.safeParse(dataset).success).toBe(true)
    expect(Object.keys(dataset).filter((collection) => !validate(collection, dataset[collection]))).toEqual([])
  })

  it('both accept a record of your own with a new id', () => {
    const dataset = readRaw()
    const mine = { ...dataset.observations![0], id: 'gdp-2031', period: '2031' }
    dataset.observations!.push(mine)
    dataset.breaks!.push(aBreak('area', '2015-01-01'))
    expect([DatasetSchema.safeParse(dataset).success, validate('observations', dataset.observations), validate('breaks', dataset.breaks)]).toEqual([true, true, true])
  })

  it.each(brokenCases.map((broken) => [broken.name, broken] as const))('%s', (_name, broken) => {
    const dataset = readRaw()
    broken.break(dataset)
    expect(DatasetSchema.safeParse(dataset).success, 'zod').toBe(false)
    // Only the rules listed as zod-only (docs/data-teams.md) pass the JSON Schema.
    expect(validate(broken.collection, dataset[broken.collection]), 'ajv').toBe(broken.zodOnly !== undefined)
  })

  it('the manifest validates against its own schema, and a broken one does not', () => {
    const manifest = JSON.parse(readFileSync(join(schemaDir, '../manifest.json'), 'utf8')) as Record<string, unknown>
    expect(validate('manifest', manifest)).toBe(true)
    expect(validate('manifest', { ...manifest, released: '2026-02-30' })).toBe(false)
    expect(validate('manifest', { ...manifest, files: { 'sources.json': 'not a hash' } })).toBe(false)
    expect(validate('manifest', { ...manifest, counts: { ...(manifest.counts as object), sources: -1 } })).toBe(false)
  })
})
