import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { publicExports } from '../../scripts/docs/publicApi.js'
import { tsdocGaps } from '../../scripts/docs/tsdocRules.js'

// Every export of both package entries, read from the sources with the TypeScript compiler.
// The rules are in scripts/docs/tsdocRules.ts; what the examples print is checked by
// test/package/examples.test.ts against the packed package.
const root = join(import.meta.dirname, '../..')
const { categoryOrder } = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as { categoryOrder: string[] }
const exports = publicExports(root)

describe('the TSDoc of every public export', () => {
  it('is read from both entries', () => {
    expect(exports.filter((item) => item.entry === 'cdht-data').length).toBeGreaterThan(0)
    expect(exports.filter((item) => item.entry === 'cdht-data/schema').length).toBeGreaterThan(0)
  })

  it('has a summary, a known category, examples, and @param and @throws for what is callable', () => {
    const gaps = exports.flatMap((item) => tsdocGaps(item, categoryOrder))
    expect(gaps, `${gaps.length} gaps:\n${gaps.join('\n')}`).toEqual([])
  })
})
