import { describe, expect, it } from 'vitest'
import type { PublicExport } from '../../scripts/docs/publicApi.js'
import { tsdocGaps } from '../../scripts/docs/tsdocRules.js'

const complete: PublicExport = {
  entry: 'cdht-data',
  name: 'growthRate',
  kind: 'function',
  file: 'src/growth/growthRate.ts',
  summary: 'The percent change from previous to current.',
  tags: [
    { name: 'category', text: 'Growth' },
    { name: 'param', text: 'current - The later value.' },
    { name: 'param', text: 'previous - The earlier value.' },
    { name: 'throws', text: '{@link CdhtDataError} NOT_FINITE' },
    { name: 'example', text: '```ts\nconsole.log(growthRate(2, 1))\n//=> 100\n```' },
  ],
  callable: true,
  parameters: ['current', 'previous'],
}
const categories = ['Data', 'Growth']
const where = 'cdht-data growthRate (function, src/growth/growthRate.ts)'
const without = (tag: string): PublicExport => ({ ...complete, tags: complete.tags.filter((t) => t.name !== tag) })

describe('tsdocGaps', () => {
  it('accepts a fully documented function', () => {
    expect(tsdocGaps(complete, categories)).toEqual([])
  })

  it.each([
    ['a summary', { ...complete, summary: '' }, 'no summary'],
    ['a category', without('category'), 'no @category'],
    ['an example', without('example'), 'no @example'],
    ['@throws', without('throws'), 'no @throws'],
  ])('asks a function for %s', (_what, item, gap) => {
    expect(tsdocGaps(item, categories)).toEqual([`${where}: ${gap}`])
  })

  it('names each undocumented parameter, over all overloads', () => {
    const item = { ...complete, parameters: ['current', 'previous', 'options'] }
    expect(tsdocGaps(item, categories)).toEqual([`${where}: no @param options`])
  })

  it('names a @param that matches no parameter, but accepts one for a field of an options parameter', () => {
    const item = { ...complete, tags: [...complete.tags, { name: 'param', text: 'date - Today.' }, { name: 'param', text: 'previous.scope - Its scope.' }] }
    expect(tsdocGaps(item, categories)).toEqual([`${where}: @param date names no parameter`])
  })

  it('refuses a category that typedoc.json does not order', () => {
    const item = { ...complete, tags: complete.tags.map((t) => (t.name === 'category' ? { ...t, text: 'Maths' } : t)) }
    expect(tsdocGaps(item, categories)).toEqual([`${where}: @category Maths is not in typedoc.json categoryOrder`])
  })

  it('asks a constant for an example but a type only for a summary and category', () => {
    const data = { ...without('example'), kind: 'variable', callable: false, parameters: [] } as const
    expect(tsdocGaps(data, categories)).toEqual([`cdht-data growthRate (variable, src/growth/growthRate.ts): no @example`])
    const type = { ...data, kind: 'interface' } as const
    expect(tsdocGaps(type, categories)).toEqual([])
  })

  it('lets any @param cover a destructured parameter', () => {
    expect(tsdocGaps({ ...complete, parameters: ['current', '__1'] }, categories)).toEqual([])
  })
})
