import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { errataMismatches, valueAt } from '../../scripts/lib/errataMismatches.js'
import { readSnapshotFromFolder } from '../../scripts/lib/snapshot.js'
import { observationIds, sourceIds } from '../../src/data/ids.js'
import { ErratumSchema, errataSchema } from '../../src/schema/errata.js'
import { snapshot } from './_snapshots.js'

const dataDir = join(import.meta.dirname, '../../data')
const errataFile: unknown = JSON.parse(readFileSync(join(dataDir, 'errata.json'), 'utf8'))
const good = {
  collection: 'observations',
  id: observationIds[0],
  field: 'value',
  oldValue: 3210.2,
  newValue: 3201.2,
  reason: 'Digits transposed when transcribing the source.',
  date: '2025-03-01',
  source: sourceIds[0],
}

describe('data/errata.json', () => {
  it('is valid against errataSchema', () => {
    expect(errataSchema.safeParse(errataFile).error?.issues ?? []).toEqual([])
  })

  it('every erratum’s newValue is what the record holds now', () => {
    const parsed = errataSchema.parse(errataFile)
    expect(errataMismatches(parsed, readSnapshotFromFolder(dataDir).collections)).toEqual([])
  })
})

describe('ErratumSchema', () => {
  it('accepts a complete correction', () => {
    expect(ErratumSchema.safeParse(good).success).toBe(true)
  })

  it.each<[string, Record<string, unknown>]>([
    ['an unknown collection', { collection: 'widgets' }],
    ['an id not in the collection', { id: 'no-such-observation' }],
    ['an id of another collection', { collection: 'sources' }],
    ['a correction of the id itself', { field: 'id' }],
    ['a field that is not a dotted path', { field: 'label[en]' }],
    ['equal old and new values', { oldValue: 3201.2 }],
    ['no reason', { reason: '' }],
    ['a date that is not a day', { date: '2025-03' }],
    ['an unknown source', { source: 'no-such-source' }],
    ['an extra key', { note: 'x' }],
  ])('refuses %s', (_name, override) => {
    expect(ErratumSchema.safeParse({ ...good, ...override }).success).toBe(false)
  })

  it('refuses a missing newValue', () => {
    const missing = Object.fromEntries(Object.entries(good).filter(([key]) => key !== 'newValue'))
    expect(ErratumSchema.safeParse(missing).success).toBe(false)
  })

  it('errataSchema refuses errata out of date order', () => {
    expect(errataSchema.safeParse([good, { ...good, date: '2024-01-01' }]).success).toBe(false)
    expect(errataSchema.safeParse([{ ...good, date: '2024-01-01' }, good]).success).toBe(true)
  })
})

describe('errataMismatches', () => {
  const data = snapshot({ observations: [{ id: 'gdp-2023', value: 3201.2, label: { en: 'GDP' } }] })
  const erratum = { collection: 'observations', id: 'gdp-2023', field: 'value', newValue: 3201.2 }

  it.each([
    ['agrees with the record', erratum, []],
    ['reads nested fields', { ...erratum, field: 'label.en', newValue: 'GDP' }, []],
    ['treats an absent field as null', { ...erratum, field: 'note', newValue: null }, []],
    ['reports a newValue the record does not hold', { ...erratum, newValue: 3201.3 }, ['observations/gdp-2023 value: erratum says 3201.3, the record holds 3201.2']],
    ['reports a record that does not exist', { ...erratum, id: 'gdp-1999' }, ['observations/gdp-1999: no such record']],
  ])('%s', (_name, entry, problems) => {
    expect(errataMismatches([entry], data.collections)).toEqual(problems)
  })

  it('valueAt stops at a missing step', () => {
    expect(valueAt({ a: 1 }, 'a.b')).toBeUndefined()
  })
})
