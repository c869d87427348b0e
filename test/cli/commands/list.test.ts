import { describe, expect, it } from 'vitest'
import { run } from '../../../src/cli/commands/list.js'
import { LIST_COLLECTIONS } from '../../../src/cli/spec.js'
import type { CommandContext } from '../../../src/cli/context.js'
import type { CommandOptions } from '../../../src/cli/args.js'
import { chains, observations, projects, sources, targets, zones } from '../../../src/index.js'
import { contextFor, failureOf, linesWiderThan, requestFor } from '../_context.js'

const list = (collection: string, options: Partial<CommandOptions> = {}, context: Partial<CommandContext> = {}) =>
  run(requestFor([collection], options), contextFor(context))
const ids = (collection: string, options: Partial<CommandOptions> = {}, context: Partial<CommandContext> = {}): string[] =>
  (JSON.parse(list(collection, options, { ...context, json: true }).stdout) as { id: string }[]).map((record) => record.id)

describe('list', () => {
  it.each(LIST_COLLECTIONS.flatMap((collection) => [[collection, 'zh'], [collection, 'en']] as const))(
    'shows every record of %s in a table, each starting a line, within 40, 80 and 200 columns (%s)',
    (collection, lang) => {
      const wide = list(collection, {}, { lang, width: 200 })
      // Header and rule, then each record on a line of its own (a long label may wrap below it).
      const starts = wide.stdout.split('\n').slice(2).map((line) => line.split(' ')[0]).filter((first) => first !== '')
      expect(starts).toEqual(ids(collection))
      for (const width of [40, 80, 200]) expect(linesWiderThan(list(collection, {}, { lang, width }).stdout, width)).toEqual([])
    },
  )
  it('names a growth row a growth, with its basis, and signs a rise, in both languages', () => {
    const en = list('observations', { period: '2023', category: 'economy' }, { width: 200 }).stdout
    expect(en).toMatch(/^gdp-growth-2023 +2023 +\+6\.0% +Gross domestic product, growth \(real\)$/m)
    expect(en).toMatch(/^gdp-2023 +2023 +CNY 320\.12 billion +Gross domestic product$/m)
    const zh = list('observations', { period: '2023', category: 'economy' }, { lang: 'zh', width: 200 }).stdout
    expect(zh).toMatch(/^gdp-growth-2023 +2023 +\+6\.0% +地区生产总值增速（可比价）$/m)
    expect(zh).toMatch(/^general-budget-revenue-growth-2023 +2023 +\+13\.3% +一般公共预算收入增速（现价）$/m)
    expect(list('observations', { period: '2023' }, { width: 400 }).stdout).toMatch(/, growth \(basis unspecified\)$/m)
    expect(list('observations', { period: '2023' }, { lang: 'zh', width: 400 }).stdout).toMatch(/增速（口径未说明）$/m)
    // Every growth row, whatever its indicator: the name says growth.
    for (const [lang, word] of [['en', ', growth'], ['zh', '增速']] as const) {
      const rows = list('observations', {}, { lang, width: 400 }).stdout.split('\n')
      for (const observation of observations.filter((o) => o.measure === 'growth')) {
        const row = rows.find((line) => line.startsWith(`${observation.id} `))
        expect(row, observation.id).toContain(word)
      }
    }
  })
  // REPORT6 §8, the same kind as in summary: a sub-zone's row must not read as the zone's.
  it.each(['zh', 'en'] as const)('names the zone of every target and observation not of the zone itself, in %s', (lang) => {
    for (const [collection, records] of [['targets', targets], ['observations', observations]] as const) {
      const lines = list(collection, {}, { lang, width: 2000 }).stdout.split('\n')
      const elsewhere = records.filter((record) => record.scope !== 'cdht')
      expect(elsewhere.length).toBeGreaterThan(0)
      for (const record of records) {
        const [line] = lines.filter((candidate) => candidate.startsWith(`${record.id} `))
        const zone = zones.find((candidate) => candidate.id === record.scope)!.label[lang]
        const named = lang === 'zh' ? `（区域：${zone}）` : ` (scope: ${zone})`
        if (record.scope === 'cdht') expect(line).not.toMatch(/（区域：| \(scope: /)
        else expect(line?.trimEnd().endsWith(named)).toBe(true)
      }
    }
  })
  it('counts the records on stderr, in the language asked', () => {
    expect(list('chains').notes).toEqual([`${chains.length} records`])
    expect(list('zones', {}, { lang: 'zh' }).notes).toEqual([`${zones.length} 条`])
  })
  it('gives the records themselves with --json', () => {
    expect(JSON.parse(list('sources', {}, { json: true }).stdout)).toEqual(sources)
    expect(ids('projects')).toEqual(projects.map((project) => project.id))
  })
  it('filters observations by period, including the periods within it', () => {
    const inPeriod = ids('observations', { period: '2023' })
    expect(inPeriod).toContain('gdp-2023')
    expect(inPeriod).toContain('national-platforms-2023-12-31')
    expect(inPeriod).not.toContain('gdp-2022')
    expect(inPeriod).not.toContain('talent-pool-2024-02-22')
    // Periods within January-September 2021: the first half, the nine months, a stock at its end.
    const within = new Set(['2021-01/2021-06', '2021-01/2021-09', '2021-09-30'])
    expect(ids('observations', { period: '2021-01/2021-09' })).toEqual(observations.filter((o) => within.has(o.period)).map((o) => o.id))
  })
  it('filters by zone and category', () => {
    expect(ids('observations', { zone: 'bonded-zone' })).toEqual(observations.filter((o) => o.scope === 'bonded-zone').map((o) => o.id))
    expect(ids('targets', { zone: 'tianfu-bio-town' })).toEqual(targets.filter((t) => t.scope === 'tianfu-bio-town').map((t) => t.id))
    expect(ids('observations', { category: 'finance' })).toContain('angel-fund-scale-2023-12-31')
    expect(ids('observations', { category: 'finance' })).not.toContain('gdp-2023')
  })
  it('filters indicators by category, and by where and when they have values', () => {
    expect(ids('indicators', { category: 'talent' })).toEqual(['talent-pool', 'high-level-talent'])
    expect(ids('indicators', { period: '2022' })).toContain('gdp')
    expect(ids('indicators', { period: '2022' })).not.toContain('talent-pool')
    expect(ids('indicators', { zone: 'bonded-zone' })).toEqual(['foreign-trade', 'bonded-zone-performance'])
  })
  it('filters sources by publication date and projects by year', () => {
    expect(ids('sources', { period: '2023' })).toEqual(sources.filter((s) => s.published?.startsWith('2023')).map((s) => s.id))
    expect(ids('sources', { period: '2018' })).toEqual(sources.filter((s) => s.published?.startsWith('2018')).map((s) => s.id))
    expect(ids('projects', { period: '2022' })).toEqual([])
  })
  it('lists only what was published by --as-of', () => {
    const early = ids('observations', {}, { asOf: '2021-12-31' })
    expect(early).toContain('gdp-2021-01-2021-09')
    expect(early).not.toContain('gdp-2023')
  })
  it('refuses a filter that does not apply, as a usage error', () => {
    const problem = failureOf(() => list('chains', { period: '2023' }))
    expect([problem.kind, problem.code, problem.message]).toEqual(['usage', 'INVALID_OPTION', '--period does not apply to chains'])
    expect(failureOf(() => list('zones', { category: 'economy' }, { lang: 'zh' })).message).toBe('--category 不适用于 zones')
  })
  it('refuses a malformed period as a usage error', () => {
    const problem = failureOf(() => list('observations', { period: '2023-13' }))
    expect([problem.kind, problem.code]).toEqual(['usage', 'INVALID_VALUE'])
  })
  it('names the nearest zones for an unknown one', () => {
    const problem = failureOf(() => list('observations', { zone: 'bonded' }))
    expect([problem.kind, problem.code, problem.suggestions]).toEqual(['failure', 'UNKNOWN_ID', ['bonded-zone', 'cdht-or-bonded-zone']])
  })
})

describe('list --as-of', () => {
  it.each(['zones', 'industries', 'chains', 'parks', 'projects', 'plan', 'facts'])('leaves out %s whose source was published later', (collection) => {
    const before = ids(collection, {}, { asOf: '2020-01-01', today: '2020-01-01' })
    const now = ids(collection)
    expect(now.length).toBeGreaterThan(0)
    // Every one of these rests on a 2021 or later report.
    expect(before.length).toBeLessThan(now.length)
    expect(before.every((id) => now.includes(id))).toBe(true)
  })
})
