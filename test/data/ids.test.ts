import { describe, expect, it } from 'vitest'
import { COLLECTIONS, type CollectionName, labelsIn, readCollection } from './_sources.js'

// Ids become the generated id unions and stable public keys, so they must be unique,
// predictable in form, and every reference between records must land on a record.
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/

type AnyRecord = Record<string, unknown> & { id: string }
const data = Object.fromEntries(COLLECTIONS.map((name) => [name, readCollection<AnyRecord>(name)])) as Record<CollectionName, AnyRecord[]>
const idsOf = (name: CollectionName): Set<string> => new Set(data[name].map((record) => record.id))

describe('ids', () => {
  it.each(COLLECTIONS)('%s: unique', (name) => {
    const seen = new Set<string>()
    const duplicates = data[name].filter((record) => seen.size === seen.add(record.id).size).map((record) => record.id)
    expect(duplicates, `duplicate ids in data/${name}.json`).toEqual([])
  })

  it.each(COLLECTIONS)('%s: kebab-case', (name) => {
    const bad = data[name].map((record) => record.id).filter((id) => typeof id !== 'string' || !KEBAB.test(id))
    expect(bad, `ids not in kebab-case in data/${name}.json`).toEqual([])
  })
})

// field → the collection it points into, per collection that has the field
const REFERENCES: [CollectionName, string, CollectionName][] = [
  ['observations', 'indicator', 'indicators'],
  ['observations', 'scope', 'zones'],
  ['observations', 'supersedes', 'observations'],
  ['targets', 'indicator', 'indicators'],
  ['targets', 'scope', 'zones'],
  ['zones', 'partOf', 'zones'],
  ['zones', 'builtBy', 'zones'],
  ['breaks', 'indicator', 'indicators'],
  ['breaks', 'scope', 'zones'],
  ['plan', 'parent', 'plan'],
  ['parks', 'industry', 'industries'],
  ['projects', 'industry', 'industries'],
  ...COLLECTIONS.filter((name) => name !== 'sources' && name !== 'indicators' && name !== 'breaks').map(
    (name): [CollectionName, string, CollectionName] => [name, 'source', 'sources'],
  ),
]

describe('references resolve', () => {
  it.each(REFERENCES)('%s.%s → %s', (from, field, to) => {
    const targets = idsOf(to)
    const broken = data[from]
      .filter((record) => record[field] !== undefined && !targets.has(record[field] as string))
      .map((record) => `${record.id}: ${field} ${String(record[field])} is not in ${to}`)
    expect(broken).toEqual([])
  })

  it('every enSource names a source', () => {
    const sourceIds = idsOf('sources')
    const broken = COLLECTIONS.flatMap((name) =>
      data[name].flatMap((record) =>
        labelsIn(record)
          .filter(([, label]) => label.enSource !== undefined && !sourceIds.has(label.enSource))
          .map(([at, label]) => `${name}/${record.id}: ${at}.enSource ${String(label.enSource)} is not a source`),
      ),
    )
    expect(broken).toEqual([])
  })

  it('no record is its own parent, part or predecessor', () => {
    const loops = (['zones', 'plan', 'observations'] as const).flatMap((name) =>
      data[name]
        .filter((record) => ['partOf', 'parent', 'supersedes'].some((field) => record[field] === record.id))
        .map((record) => `${name}/${record.id} refers to itself`),
    )
    expect(loops).toEqual([])
  })
})

// A revision is a later vintage of one figure: DatasetSchema and the view check hold records of
// your own to this too (src/_internal/revisionIssues.ts); here it is checked apart from them.
describe('revisions', () => {
  const byId = new Map(data.observations.map((record) => [record.id, record]))

  it('each supersedes a record of the same indicator, scope, measure and period', () => {
    const bad = data.observations.flatMap((record) => {
      if (record.supersedes === undefined) return []
      const older = byId.get(record.supersedes as string)
      const differs = ['indicator', 'scope', 'measure', 'period'].filter((field) => older?.[field] !== record[field])
      return differs.length === 0 ? [] : [`${record.id} supersedes ${record.supersedes as string}: ${differs.join(', ')} differ`]
    })
    expect(bad).toEqual([])
  })

  it('form no loop: each chain of supersedes ends', () => {
    const looped = data.observations.filter((record) => {
      let at: AnyRecord | undefined = record
      for (let steps = 0; at !== undefined; steps++) {
        if (steps > data.observations.length) return true
        at = at.supersedes === undefined ? undefined : byId.get(at.supersedes as string)
      }
      return false
    })
    expect(looped.map((record) => record.id)).toEqual([])
  })
})
