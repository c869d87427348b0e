import { describe, expect, it } from 'vitest'
import { buildSummary, renderSummary, run } from '../../../src/cli/commands/summary.js'
import { displayWidth } from '../../../src/cli/displayWidth.js'
import { getZone, sources, targets } from '../../../src/index.js'
import { asOf } from '../../../src/query/asOf.js'
import { previousDay } from '../../../src/time/previousDay.js'
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
  it('lists the targets of the years after the headline year, by deadline, with the days left from today', () => {
    const summary = buildSummary(contextFor({ today: '2024-12-01' }))
    expect(summary.targets.map(({ target }) => target.id)).toEqual(
      targets.filter((target) => Number(target.period.slice(0, 4)) > 2023).sort((a, b) => a.deadline.localeCompare(b.deadline)).map((target) => target.id),
    )
    expect(summary.targets.map(({ target }) => target.period)).toContain('2024')
    for (const { target, daysLeft } of summary.targets) if (target.deadline === '2024-12-31') expect(daysLeft).toBe(30)
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
    const text = renderSummary(buildSummary(contextFor({ today: '2026-06-01' })), contextFor({ today: '2026-06-01' }))
    expect(text).toMatch(/^10 tertiary hospitals +at least 10 hospitals +2024-12-31 +not published$/m)
    expect(text).not.toContain('passed')
    // Every deadline (the last in 2025) has passed: no target is pending, no days-left column at all.
    expect(text).not.toContain('Days left')
  })
  it('gives days left only for pending targets, in Chinese with Chinese words', () => {
    const context = contextFor({ lang: 'zh', today: '2024-06-30', asOf: '2024-06-30' })
    const summary = buildSummary(context)
    expect(summary.targets.map((entry) => entry.outcome)).toContain('pending')
    const text = renderSummary(summary, context)
    expect(text).toMatch(/^三级医院达到10家 +10家 +2024-12-31 +未到期 +184$/m)
    expect(text).not.toContain('已过期')
  })
  it('gives each target’s outcome in --json', () => {
    const summary = buildSummary(contextFor({ today: '2025-06-01' }))
    const of2024 = summary.targets.filter((entry) => entry.target.period === '2024')
    expect(of2024.length).toBeGreaterThan(0)
    expect(new Set(of2024.map((entry) => entry.outcome))).toEqual(new Set(['not-published']))
    expect(summary.targets.find((entry) => entry.target.period === '2025')?.outcome).toBe('pending')
  })
  // REPORT6 §8: the Bio-Town's 1,600亿元 target sat under the zone's own 生物医药产业 figure as if it were the zone's.
  it.each(['zh', 'en'] as const)('names the zone of every target not of the zone itself, in %s', (lang) => {
    const context = contextFor({ lang, width: 1000 })
    const summary = buildSummary(context)
    const lines = renderSummary(summary, context).split('\n')
    const subZone = summary.targets.filter(({ target }) => target.scope !== 'cdht')
    expect(subZone.map(({ target }) => target.id)).toEqual(expect.arrayContaining(['bio-industry-scale-bio-town-2024', 'integration-demo-clusters-qingshuihe-2024']))
    for (const { target } of summary.targets) {
      const row = lines.filter((line) => line.startsWith(target.label[lang]))
      expect(row).toHaveLength(1)
      const zone = getZone(target.scope).label[lang]
      const named = lang === 'zh' ? `（区域：${zone}）` : ` (scope: ${zone})`
      if (target.scope === 'cdht') expect(row[0]).not.toMatch(/（区域：| \(scope: /)
      else expect(row[0]).toContain(`${target.label[lang]}${named}`)
    }
  })
  it.each(['zh', 'en'] as const)('keeps the zone with the target on a 40-column screen, in %s', (lang) => {
    const context = contextFor({ lang, width: 40 })
    const text = renderSummary(buildSummary(context), context)
    expect(linesWiderThan(text, 40)).toEqual([])
    // At 40 columns each target is a block of fields; its name may wrap under the value column.
    const blocks = text.split('\n\n').filter((block) => block.includes(lang === 'zh' ? '2.4万人' : '24,000 people'))
    expect(blocks).toHaveLength(1)
    const name = (blocks[0] ?? '').split('\n').filter((line) => /^(?:目标 |Target | {2})/.test(line)).map((line) => line.replace(/^\S*\s+/, '')).join(lang === 'zh' ? '' : ' ')
    expect(name).toContain(lang === 'zh' ? '（区域：天府国际生物城）' : '(scope: Chengdu Tianfu International Bio-Town)')
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

// The figures a view holds that a headline shows: the zone's full-year level or growth of an
// economy, industry or trade indicator in yuan.
function yearlyHeadlineFigures(day: string) {
  const view = asOf(day)
  const headline = new Set(view.indicators.filter((indicator) => ['economy', 'industry', 'trade'].includes(indicator.category) && indicator.unit === 'CNY').map((indicator) => indicator.id))
  return view.observations.filter((o) => headline.has(o.indicator) && o.scope === 'cdht' && /^\d{4}$/.test(o.period) && (o.measure === 'level' || o.measure === 'growth'))
}

const publicationDays = [...new Set(sources.flatMap((source) => (source.published !== null && /^\d{4}-\d{2}-\d{2}$/.test(source.published) ? [source.published] : [])))].sort()
const sweep = [...new Set([...publicationDays.flatMap((day) => [previousDay(day), day]), '2013-06-01', '2019-09-01', '2020-06-01', '2021-11-03', '2022-01-27'])].sort()

describe('summary --as-of, on every publication day and the day before', () => {
  it.each(sweep)('%s: shows the view’s headline and its targets, under headers naming only years it holds', (day) => {
    const context = contextFor({ asOf: day, today: day })
    const summary = buildSummary(context)
    const figures = yearlyHeadlineFigures(day)
    const view = asOf(day)
    if (figures.length === 0) {
      expect(summary.year).toBeNull()
      expect(summary.headline).toEqual([])
    } else {
      expect(summary.headline.length).toBeGreaterThan(0)
      const gdpYears = figures.filter((figure) => figure.indicator === 'gdp').map((figure) => Number(figure.period))
      expect(summary.year).toBe(Math.max(...(gdpYears.length > 0 ? gdpYears : figures.map((figure) => Number(figure.period)))))
      // Every figure shown is one the view holds, of the headline year.
      for (const row of summary.headline) {
        for (const figure of [row.level, row.reported]) {
          if (figure === null) continue
          expect(view.observations).toContain(figure)
          expect(figure.period).toBe(String(summary.year))
        }
      }
    }
    // Every target of the view after the headline year is listed (every target when there is no headline).
    const expected = view.targets.filter((target) => summary.year === null || Number(target.period.slice(0, 4)) > summary.year)
    expect(new Set(summary.targets.map(({ target }) => target.id))).toEqual(new Set(expected.map((target) => target.id)))
    for (const lang of ['en', 'zh'] as const) {
      const text = renderSummary(summary, { ...context, lang })
      const named = [...text.matchAll(/(\d{4}) (?:theme|年主题)/g)].map((match) => Number(match[1]))
      const themeYears = summary.keyZones.flatMap((zone) => (zone.focus === undefined ? [] : [zone.focus.year]))
      for (const year of named) expect(themeYears).toContain(year)
      if (themeYears.length === 0) expect(text).not.toMatch(/theme|主题/i)
      const targetHeading = /(?:Targets for |^)(\d{4})(?:–(\d{4}))?(?: 年目标)?$/m.exec(text.split('\n').find((line) => /^Targets for|年目标$/.test(line)) ?? '')
      if (summary.targets.length === 0) expect(targetHeading).toBeNull()
      else {
        const years = summary.targets.map(({ target }) => Number(target.period.slice(0, 4)))
        expect([Number(targetHeading?.[1]), Number(targetHeading?.[2] ?? targetHeading?.[1])]).toEqual([Math.min(...years), Math.max(...years)])
      }
    }
  })
  it('has a headline on the days the report found empty', () => {
    for (const day of ['2021-11-03', '2022-01-27', '2019-09-01', '2020-06-01']) expect(buildSummary(contextFor({ asOf: day, today: day })).headline.length).toBeGreaterThan(0)
    expect(buildSummary(contextFor({ asOf: '2021-11-03', today: '2021-11-03' })).headline.find((row) => row.indicator === 'gdp')?.level?.id).toBe('gdp-2020')
  })
})
