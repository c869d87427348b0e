import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { collectionSchemas } from '../../src/schema/index.js'

const dataDir = join(import.meta.dirname, '../../data')

describe('every data file is valid against its schema', () => {
  it.each(Object.keys(collectionSchemas) as (keyof typeof collectionSchemas)[])('data/%s.json', (name) => {
    const records: unknown = JSON.parse(readFileSync(join(dataDir, `${name}.json`), 'utf8'))
    const result = collectionSchemas[name].safeParse(records)
    const problems = result.success
      ? []
      : result.error.issues.map((issue) => {
          const [index, ...path] = issue.path
          const id = (records as { id?: string }[])[Number(index)]?.id ?? `#${String(index)}`
          return `${id}: ${path.join('.')}: ${issue.message}`
        })
    expect(problems).toEqual([])
  })
})

describe('the schemas refuse bad records', () => {
  const label = { zh: '地区生产总值', en: 'GDP', enOrigin: 'ours' }
  it('an official English name without its source', () => {
    const result = collectionSchemas.chains.safeParse([
      { id: 'x', label: { ...label, enOrigin: 'official' }, source: 'x', passage: '集成电路' },
    ])
    expect(result.success).toBe(false)
  })

  it('a value with more decimals than published', () => {
    const [observation] = JSON.parse(readFileSync(join(dataDir, 'observations.json'), 'utf8')) as Record<string, unknown>[]
    const good = collectionSchemas.observations.safeParse([observation])
    const bad = collectionSchemas.observations.safeParse([{ ...observation, value: 1.2345, decimals: 1 }])
    expect([good.success, bad.success]).toEqual([true, false])
  })

  it('a growth without its basis, and a level with one', () => {
    const observations = JSON.parse(readFileSync(join(dataDir, 'observations.json'), 'utf8')) as Record<string, unknown>[]
    const growth = observations.find((record) => record.measure === 'growth')!
    const level = observations.find((record) => record.measure === 'level')!
    const growthWithoutBasis = Object.fromEntries(Object.entries(growth).filter(([key]) => key !== 'basis'))
    expect(collectionSchemas.observations.safeParse([growthWithoutBasis]).success).toBe(false)
    expect(collectionSchemas.observations.safeParse([{ ...level, basis: 'real' }]).success).toBe(false)
  })
})
