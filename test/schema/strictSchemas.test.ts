import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { declareRequired } from '../../scripts/lib/declareRequired.js'
import { strictAjv } from './strictAjv.js'

const schemaDir = join(import.meta.dirname, '../../data/schema')
const shipped = readdirSync(schemaDir).filter((file) => file.endsWith('.schema.json')).sort()

describe('every shipped JSON Schema compiles in ajv strict mode (draft 2020-12 + ajv-formats)', () => {
  it('ships a schema per data file, the errata, the manifest and the NDJSON lines with base values', () => {
    expect(shipped).toEqual(expect.arrayContaining(['observations.schema.json', 'errata.schema.json', 'manifest.schema.json', 'observations.ndjson.schema.json', 'targets.ndjson.schema.json', 'projects.ndjson.schema.json']))
    expect(shipped).toHaveLength(17)
  })

  it.each(shipped)('%s', (file) => {
    const schema = JSON.parse(readFileSync(join(schemaDir, file), 'utf8')) as object
    expect(() => strictAjv().compile(schema)).not.toThrow()
  })
})

describe('declareRequired', () => {
  // The shape zod writes for LabelSchema: enSource required with an official name, else forbidden.
  const label = {
    type: 'object',
    properties: { enOrigin: { type: 'string' }, enSource: { type: 'string', pattern: '^[a-z]+$' } },
    if: { properties: { enOrigin: { const: 'official' } }, required: ['enOrigin'] },
    then: { required: ['enSource'] },
    else: { not: { required: ['enSource'] } },
  }
  const documents = [{ enOrigin: 'official', enSource: 'meeting' }, { enOrigin: 'official' }, { enOrigin: 'ours' }, { enOrigin: 'ours', enSource: 'meeting' }, { enOrigin: 'official', enSource: 'Not An Id' }]

  it('makes a schema that strict mode refused compile', () => {
    expect(() => strictAjv().compile(label)).toThrow(/strictRequired/)
    expect(() => strictAjv().compile(declareRequired(label))).not.toThrow()
  })

  it('keeps every verdict: the same documents pass and fail as under the original schema (non-strict)', () => {
    const original = new Ajv2020({ strict: false }).compile(label)
    const declared = strictAjv().compile(declareRequired(label))
    expect(documents.map((document) => declared(document))).toEqual(documents.map((document) => original(document)))
    expect(documents.map((document) => declared(document))).toEqual([true, false, true, false, false])
  })

  it('declares only what is missing, and leaves the schema it is given as it was', () => {
    const before = JSON.stringify(label)
    const declared = declareRequired(label) as typeof label & { then: { properties: object }; if: { properties: object } }
    expect(declared.then.properties).toEqual({ enSource: true })
    expect(declared.if.properties).toEqual({ enOrigin: { const: 'official' } })
    expect(JSON.stringify(label)).toBe(before)
  })
})
