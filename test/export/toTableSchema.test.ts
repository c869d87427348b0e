import { describe, expect, it } from 'vitest'
import { buildTables } from '../../src/export/tables.js'
import { toTableSchema } from '../../src/export/toTableSchema.js'
import { fixtureDataset } from './fixtures.js'

const schemas = new Map(buildTables(fixtureDataset).map((table) => [table.name, toTableSchema(table)]))

describe('toTableSchema', () => {
  it('declares every column with its type, and required columns as required', () => {
    const fields = schemas.get('observations')!.fields
    expect(fields.find((field) => field.name === 'value')).toMatchObject({ type: 'number', constraints: { required: true } })
    expect(fields.find((field) => field.name === 'period_start')).toMatchObject({ type: 'date' })
    expect(fields.find((field) => field.name === 'basis')).not.toHaveProperty('constraints')
  })

  it.each([
    ['observations', 'indicator', { resource: 'indicators', fields: ['id'] }],
    ['observations', 'rank_among_en_source', { resource: 'sources', fields: ['id'] }],
    ['observations', 'supersedes', { fields: ['id'] }],
    ['plan', 'parent', { fields: ['id'] }],
    ['zone_focus_plans', 'zone', { resource: 'zones', fields: ['id'] }],
    ['parks', 'industry', { resource: 'industries', fields: ['id'] }],
  ])('%s.%s refers to %j', (table, field, reference) => {
    const foreignKey = schemas.get(table)!.foreignKeys.find((key) => key.fields[0] === field)
    expect(foreignKey?.reference).toEqual(reference)
  })

  it('gives every table a primary key of its own columns', () => {
    for (const schema of schemas.values()) {
      const names = schema.fields.map((field) => field.name)
      expect(schema.primaryKey.every((key) => names.includes(key))).toBe(true)
    }
    expect(schemas.get('project_firsts')!.primaryKey).toEqual(['project', 'position'])
  })
})
