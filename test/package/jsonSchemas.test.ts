import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { brokenCases, readRaw } from '../schema/brokenRecords.js'
import { consumerDir } from './_consumer.js'

// The JSON Schemas as shipped, read by ajv (draft 2020-12 with ajv-formats, as a data team would
// use them) on the shipped data and on the shared list of broken records that the zod tests run:
// ajv refuses each of them except the rules listed as zod-only.
const dataDir = (): string => join(consumerDir(), 'node_modules/cdht-data/data')
const ajv = new Ajv2020({ allErrors: true })
addFormats.default(ajv)
const validate = (name: string, value: unknown): boolean =>
  ajv.validate(JSON.parse(readFileSync(join(dataDir(), 'schema', `${name}.schema.json`), 'utf8')) as object, value)

describe('the shipped JSON Schemas in ajv', () => {
  it('accept every shipped data file, the errata and the manifest', () => {
    const dataset = readRaw(dataDir())
    expect(Object.keys(dataset).filter((name) => !validate(name, dataset[name]))).toEqual([])
    expect(validate('errata', JSON.parse(readFileSync(join(dataDir(), 'errata.json'), 'utf8')))).toBe(true)
    expect(validate('manifest', JSON.parse(readFileSync(join(dataDir(), 'manifest.json'), 'utf8')))).toBe(true)
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
