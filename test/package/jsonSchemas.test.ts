import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { brokenCases, readRaw } from '../schema/brokenRecords.js'
import { strictAjv } from '../schema/strictAjv.js'
import { consumerDir } from './_consumer.js'

// The JSON Schemas as shipped, read by ajv in strict mode (draft 2020-12 with ajv-formats, as a
// data team would use them) on the shipped data, on every NDJSON line, and on the shared list of
// broken records that the zod tests run: ajv refuses each of them except the rules listed as zod-only.
const dataDir = (): string => join(consumerDir(), 'node_modules/cdht-data/data')
const ajv = strictAjv()
const schemaOf = (file: string): object => JSON.parse(readFileSync(join(dataDir(), 'schema', file), 'utf8')) as object
const validate = (name: string, value: unknown): boolean => ajv.validate(schemaOf(`${name}.schema.json`), value)

describe('the shipped JSON Schemas in ajv', () => {
  it('accept every shipped data file, the errata and the manifest', () => {
    const dataset = readRaw(dataDir())
    expect(Object.keys(dataset).filter((name) => !validate(name, dataset[name]))).toEqual([])
    expect(validate('errata', JSON.parse(readFileSync(join(dataDir(), 'errata.json'), 'utf8')))).toBe(true)
    expect(validate('manifest', JSON.parse(readFileSync(join(dataDir(), 'manifest.json'), 'utf8')))).toBe(true)
  })

  it('all compile in strict mode', () => {
    const files = readdirSync(join(dataDir(), 'schema'))
    expect(files.filter((file) => !file.endsWith('.schema.json'))).toEqual([])
    expect(files.filter((file) => {
      try {
        strictAjv().compile(schemaOf(file))
        return false
      } catch {
        return true
      }
    })).toEqual([])
  })

  it('accept every NDJSON line: with baseValue against its line schema, any other as a record', () => {
    const ndjsonDir = join(dataDir(), 'export/ndjson')
    const refused = readdirSync(ndjsonDir).flatMap((file) => {
      const name = file.replace(/\.ndjson$/, '')
      const lineSchema = readdirSync(join(dataDir(), 'schema')).includes(`${name}.ndjson.schema.json`)
      const check = lineSchema ? ajv.compile(schemaOf(`${name}.ndjson.schema.json`)) : ajv.compile(schemaOf(`${name}.schema.json`))
      const lines = readFileSync(join(ndjsonDir, file), 'utf8').split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as unknown)
      return lines.filter((line) => !check(lineSchema ? line : [line])).map((line) => `${name}: ${JSON.stringify(line).slice(0, 60)}`)
    })
    expect(refused).toEqual([])
    expect(readFileSync(join(ndjsonDir, 'observations.ndjson'), 'utf8')).toContain('"value":433.01,"baseValue":"433010000000"')
  })

  it('accept a record of your own with a new id', () => {
    const dataset = readRaw(dataDir())
    expect(validate('observations', [...dataset.observations!, { ...dataset.observations![0], id: 'gdp-2031', period: '2031' }])).toBe(true)
  })

  it.each(brokenCases.map((broken) => [broken.name, broken] as const))('%s', (_name, broken) => {
    const dataset = readRaw(dataDir())
    broken.break(dataset)
    expect(validate(broken.collection, dataset[broken.collection])).toBe(broken.zodOnly !== undefined)
  })
})
