import { describe, expect, it } from 'vitest'
import { findRecord, run } from '../../../src/cli/commands/show.js'
import type { CollectionLookup } from '../../../src/cli/commands/show.js'
import { recordFields } from '../../../src/cli/commands/showFields.js'
import { LIST_COLLECTIONS } from '../../../src/cli/spec.js'
import { asOf, breakIds, breaks, chains, facts, indicators, industries, observations, parks, plan, projects, sources, targets, zones } from '../../../src/index.js'
import { contextFor, failureOf, linesWiderThan, requestFor } from '../_context.js'

const show = (id: string, lang: 'zh' | 'en' = 'en', json = false): string => run(requestFor([id]), contextFor({ lang, json })).stdout

// Every collection `list` lists, breaks in series included.
const everyCollection = { breaks, chains, facts, indicators, industries, observations, parks, plan, projects, sources, targets, zones }

describe('findRecord', () => {
  it.each(Object.entries(everyCollection))('finds every record of %s by its id', (name, records) => {
    for (const record of records) expect(findRecord(record.id, 'en')).toEqual({ collection: name, record })
  })
  it('searches every collection that `list` lists', () => {
    expect(Object.keys(everyCollection).sort()).toEqual([...LIST_COLLECTIONS].sort())
  })
  it('names a break in series among the nearest ids', () => {
    const problem = failureOf(() => findRecord('gdp-area-202', 'en'))
    expect(problem.suggestions).toContain('gdp-area-2020')
    expect(breakIds.length).toBeGreaterThan(0)
  })
  it('takes collection/id to search one collection', () => {
    expect(findRecord('indicators/gdp', 'en').collection).toBe('indicators')
    const problem = failureOf(() => findRecord('zones/gdp', 'en'))
    expect(problem.code).toBe('UNKNOWN_ID')
    expect(problem.suggestions).not.toContain('gdp')
  })
  it('asks which collection when two hold the id', () => {
    const lookups: CollectionLookup[] = [
      { name: 'industries', ids: ['x'], find: () => ({ collection: 'industries', record: industries[0]! }) },
      { name: 'chains', ids: ['x'], find: () => ({ collection: 'chains', record: chains[0]! }) },
    ]
    const problem = failureOf(() => findRecord('x', 'en', lookups))
    expect([problem.kind, problem.code, problem.suggestions]).toEqual(['failure', 'AMBIGUOUS_ID', ['industries/x', 'chains/x']])
    expect(findRecord('chains/x', 'en', lookups).collection).toBe('chains')
  })
  it('names the nearest ids of any collection for an unknown one', () => {
    const problem = failureOf(() => findRecord('gpd', 'en'))
    expect([problem.kind, problem.code, problem.message, problem.suggestions]).toEqual(['failure', 'UNKNOWN_ID', 'no record has the id "gpd"', ['gdp']])
    expect(failureOf(() => findRecord('gdp-2032', 'zh')).message).toBe('没有 id 为“gdp-2032”的记录')
    expect(failureOf(() => findRecord('gdp-2032', 'en')).suggestions).toContain('gdp-2023')
  })
})

describe('show --as-of', () => {
  it('refuses a fact, a zone or a chain the day did not know yet', () => {
    for (const id of ['gdp-passes-3200', chains[0]?.id ?? '', facts[0]?.id ?? '']) {
      expect(failureOf(() => run(requestFor([id]), contextFor({ asOf: '2020-01-01', today: '2020-01-01' }))).code).toBe('NOT_PUBLISHED')
    }
    expect(show('gdp-passes-3200')).toContain('gdp-passes-3200')
  })
})

describe('show', () => {
  it('answers a 100,000-character id with a short message and no suggestions', () => {
    const problem = failureOf(() => run(requestFor(['a'.repeat(100_000)]), contextFor()))
    expect(problem.code).toBe('UNKNOWN_ID')
    expect(problem.suggestions).toEqual([])
    expect(problem.message.length).toBeLessThan(120)
  })
  it('shows an observation with its value, unit, bound, period, scope, source and passage', () => {
    const text = show('biomedical-industry-scale-2023')
    for (const expected of ['over CNY 140 billion', '100 million CNY', 'lower bound', '2023', 'Chengdu Hi-tech Zone (cdht)', 'cdht-work-meeting-2024', '生物医药产业规模突破1400亿元']) {
      expect(text).toContain(expected)
    }
  })
  it('shows it in Chinese', () => {
    const text = show('gdp-2023', 'zh')
    for (const expected of ['数值  3,201.2亿元', '单位  亿元', '界限  精确值', '原文  实现地区生产总值3201.2亿元']) expect(text).toContain(expected)
  })
  it('names a summary passage a summary, in both languages, and a verbatim one the passage', () => {
    const summarised = [...observations, ...targets].filter((record) => record.passageOrigin === 'summary')
    expect(summarised.length).toBeGreaterThan(0)
    for (const record of summarised) {
      expect(show(record.id, 'zh')).toMatch(/^摘要（非原文） +/m)
      expect(show(record.id, 'zh')).not.toMatch(/^原文 /m)
      expect(show(record.id, 'en')).toMatch(/^summary \(not verbatim\) +/m)
    }
    expect(show('gdp-2023', 'en')).toMatch(/^passage +实现地区生产总值3201.2亿元$/m)
    expect(show('gdp-2023', 'zh')).not.toContain('摘要')
  })
  it('shows a target with its deadline and comparator', () => {
    const text = show('bio-industry-scale-bio-town-2024')
    expect(text).toContain('over CNY 160 billion')
    expect(text).toContain('2024-12-31')
  })
  it('shows an indicator with the ids of its observations', () => {
    expect(show('gdp')).toMatch(/observations +gdp-2023, gdp-growth-2023/)
  })
  it.each(Object.values(everyCollection).flatMap((records) => records.map((record) => record.id)))('fits 80 columns: %s', (id) => {
    expect(linesWiderThan(show(id, 'zh'))).toEqual([])
    expect(linesWiderThan(show(id, 'en'))).toEqual([])
  })
  it('gives the record, its collection and its source with --json', () => {
    const parsed = JSON.parse(show('gdp-2023', 'en', true)) as { collection: string; record: { value: number }; source: { id: string } }
    expect(parsed.collection).toBe('observations')
    expect(parsed.record.value).toBe(3201.2)
    expect(parsed.source.id).toBe('cdht-work-meeting-2024')
    expect((JSON.parse(show('gdp', 'en', true)) as { source: unknown }).source).toBeNull()
  })
})

describe('show --as-of', () => {
  it('refuses a figure not yet published, and shows one that was', () => {
    const early = contextFor({ asOf: '2023-06-01' })
    const problem = failureOf(() => run(requestFor(['gdp-2023']), early))
    expect([problem.code, problem.message]).toEqual(['NOT_PUBLISHED', 'gdp-2023 was not published by 2023-06-01 (or its date is unknown)'])
    expect(run(requestFor(['gdp-2022']), early).stdout).toContain('CNY 301.58 billion')
    expect(run(requestFor(['gdp']), early).stdout).toContain('Gross domestic product')
    expect(failureOf(() => run(requestFor(['cdht-work-meeting-2024']), contextFor({ asOf: '2024-02-22', lang: 'zh' }))).message).toBe(
      'cdht-work-meeting-2024 在 2024-02-22 尚未发布（或发布日期不详）',
    )
  })
})

describe('show a break in series', () => {
  it('shows its kind, indicator, scope, first day, evidence and the passage documenting it', () => {
    const en = show('gdp-area-2020')
    for (const expected of ['area changed', 'Gross domestic product (gdp)', '2020-01-01', 'gdp-2019, gdp-2020', 'documented in', 'history-2012-2025.md']) expect(en).toContain(expected)
    // The compilation's words, not a source's: never under `passage` / 原文.
    expect(en).toMatch(/^as documented +later reports describe a smaller managed area/m)
    expect(en).not.toMatch(/^passage /m)
    expect(show('gdp-area-2020', 'zh')).toMatch(/^汇编所述（英文） +later reports/m)
    // English prose quoting Chinese terms is still English.
    expect(show('gdp-renamed-2017', 'zh')).toMatch(/^汇编所述（英文） +Reports up to 2016/m)
    expect(show('gdp-area-2020', 'zh')).not.toMatch(/^原文/m)
    const zh = show('bonded-zone-trade-coverage', 'zh')
    expect(zh).toMatch(/^bonded-zone-trade-coverage {2}序列断点$/m)
    expect(zh).toMatch(/^类型 +统计范围$/m)
    expect(zh).not.toMatch(/^起始/m)
    const parsed = JSON.parse(show('gdp-area-2020', 'en', true)) as { collection: string; record: { id: string }; source: unknown }
    expect([parsed.collection, parsed.record.id, parsed.source]).toEqual(['breaks', 'gdp-area-2020', null])
  })
  it('refuses a break the --as-of day did not know of', () => {
    const known = asOf('2026-01-01').breaks.map((item) => item.id)
    const unknown = breaks.find((item) => !asOf('2013-02-14').breaks.includes(item))
    expect(known).toContain('gdp-area-2020')
    expect(unknown).toBeDefined()
    expect(failureOf(() => run(requestFor([unknown!.id]), contextFor({ asOf: '2013-02-14', today: '2013-02-14' }))).code).toBe('NOT_PUBLISHED')
  })
})

describe('recordFields', () => {
  it('leaves out empty fields and names the rest in the output language', () => {
    const fields = recordFields({ collection: 'chains', record: chains[0]! }, sources[0]!, 'zh', [])
    expect(fields.map(([name]) => name)).toEqual(['名称', '英文名', '来源', '原文'])
  })
})

describe('show --as-of: what was known on the day', () => {
  const early = { asOf: '2014-03-01', today: '2014-03-01', lang: 'en' as const }
  it('lists only the indicator\'s figures the view holds', () => {
    const view = asOf('2014-03-01')
    const held = view.observations.filter((observation) => observation.indicator === 'gdp').map((observation) => observation.id)
    const text = run(requestFor(['gdp']), contextFor(early)).stdout.replace(/\s+/g, ' ')
    expect(held.length).toBeGreaterThan(0)
    for (const id of held) expect(text).toContain(id)
    expect(text).not.toContain('gdp-2023')
  })
  it.each(['cdht', 'bonded-zone'])('shows the zone %s the view holds', (id) => {
    expect(asOf('2014-03-01').zones.map((zone) => zone.id)).toContain(id)
    expect(run(requestFor([id]), contextFor(early)).stdout).toContain(id)
  })
})
