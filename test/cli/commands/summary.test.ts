import { describe, expect, it } from 'vitest'
import { buildSummary, renderSummary, run } from '../../../src/cli/commands/summary.js'
import { displayWidth } from '../../../src/cli/displayWidth.js'
import { contextFor, linesWiderThan } from '../_context.js'

describe('buildSummary', () => {
  it('takes the latest year with a GDP figure and its headline indicators', () => {
    const summary = buildSummary(contextFor())
    expect(summary.year).toBe(2023)
    const gdp = summary.headline.find((row) => row.indicator === 'gdp')
    expect(gdp?.level?.value).toBe(3201.2)
    expect(gdp?.reported?.value).toBe(6)
    expect(gdp?.computed?.percent).toBeCloseTo(6.1476, 4)
    // Counts are not headline figures; a growth without a level is.
    expect(summary.headline.map((row) => row.indicator)).not.toContain('major-projects-attracted')
    expect(summary.headline.find((row) => row.indicator === 'industrial-value-added')?.level).toBeNull()
  })
  it('lists the next year’s targets with the days left from today', () => {
    const summary = buildSummary(contextFor({ today: '2024-12-01' }))
    expect(summary.targets.length).toBeGreaterThan(0)
    for (const { target, daysLeft } of summary.targets) {
      expect(target.period).toBe('2024')
      expect(daysLeft).toBe(30)
    }
  })
  it('shows what was known on --as-of', () => {
    const summary = buildSummary(contextFor({ asOf: '2023-03-01', today: '2023-03-01' }))
    expect(summary.year).toBe(2022)
    expect(summary.headline.find((row) => row.indicator === 'gdp')?.level?.id).toBe('gdp-2022')
    expect(summary.asOf).toBe('2023-03-01')
  })
  it('has no headline before any GDP figure was published', () => {
    const summary = buildSummary(contextFor({ asOf: '2013-01-01', today: '2013-01-01' }))
    expect(summary.year).toBeNull()
    expect(summary.headline).toEqual([])
    expect(summary.targets).toEqual([])
  })
})

describe('renderSummary', () => {
  it.each(['zh', 'en'] as const)('fits 80 columns in %s', (lang) => {
    const text = renderSummary(buildSummary(contextFor({ lang })), contextFor({ lang }))
    expect(linesWiderThan(text)).toEqual([])
  })
  it('fits a narrower terminal too', () => {
    const context = contextFor({ lang: 'zh', width: 60 })
    expect(linesWiderThan(renderSummary(buildSummary(context), context), 60)).toEqual([])
  })
  it('aligns the values of the headline table by display width', () => {
    const text = renderSummary(buildSummary(contextFor({ lang: 'zh' })), contextFor({ lang: 'zh' }))
    const section = text.slice(text.indexOf('2023 年主要指标')).split('\n\n')[0] ?? ''
    const rows = section.split('\n').filter((line) => line.includes('亿元'))
    expect(rows.length).toBeGreaterThanOrEqual(5)
    // Right-aligned amounts end in the same column whatever the width of the Chinese label.
    const ends = rows.map((line) => displayWidth(line.slice(0, line.indexOf('亿元') + 2)))
    expect(new Set(ends).size).toBe(1)
  })
  it('writes the headline in the chosen language, the title in both', () => {
    const zh = renderSummary(buildSummary(contextFor({ lang: 'zh' })), contextFor({ lang: 'zh' }))
    const en = renderSummary(buildSummary(contextFor({ lang: 'en' })), contextFor({ lang: 'en' }))
    expect(zh).toContain('地区生产总值')
    expect(zh).toContain('3,201.2亿元')
    expect(zh).toContain('可比价')
    expect(en).toContain('Gross domestic product')
    expect(en).toContain('CNY 320.12 billion')
    expect(en).toMatch(/Chengdu Hi-tech Zone.*成都高新区/)
    expect(zh.split('\n')[0]).toBe('成都高新区统计数据')
  })
  it('says what became of each target, never a bare “passed”', () => {
    const text = renderSummary(buildSummary(contextFor({ today: '2025-06-01' })), contextFor({ today: '2025-06-01' }))
    expect(text).toMatch(/^Raise or build 1,580 talent +1,580 apartments +2024-12-31 +not published$/m)
    expect(text).not.toContain('passed')
    // No target is pending after the deadline: no days-left column at all.
    expect(text).not.toContain('Days left')
  })
  it('gives days left only for pending targets, in Chinese with Chinese words', () => {
    const context = contextFor({ lang: 'zh', today: '2024-06-30', asOf: '2024-06-30' })
    const summary = buildSummary(context)
    expect(summary.targets.map((entry) => entry.outcome)).toContain('pending')
    const text = renderSummary(summary, context)
    expect(text).toMatch(/^三级医院达到10家 +10家以上 +2024-12-31 +未到期 +184$/m)
    expect(text).not.toContain('已过期')
  })
  it('gives each target’s outcome in --json', () => {
    const summary = buildSummary(contextFor({ today: '2025-06-01' }))
    expect(summary.targets.length).toBeGreaterThan(0)
    expect(new Set(summary.targets.map((entry) => entry.outcome))).toEqual(new Set(['not-published']))
  })
  it('leaves out the headline and targets when there are none', () => {
    const context = contextFor({ asOf: '2013-01-01', today: '2013-01-01' })
    const text = renderSummary(buildSummary(context), context)
    expect(text).not.toContain('Headline')
    // The key zones, their 2024 themes and the chains come from a 2024 report: not known yet.
    expect(text).not.toContain('Key zones')
    expect(text).not.toContain('theme')
    expect(text).not.toContain('chains')
  })
})

describe('run', () => {
  it('prints the summary as JSON with --json', () => {
    const result = run(undefined, contextFor({ json: true }))
    const parsed = JSON.parse(result.stdout) as { year: number; headline: unknown[] }
    expect(parsed.year).toBe(2023)
    expect(parsed.headline.length).toBeGreaterThan(0)
  })
})
