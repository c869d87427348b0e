import { describe, expect, it } from 'vitest'
import { growthRows, run } from '../../../src/cli/commands/growth.js'
import { growthSeries, observationSeries } from '../../../src/index.js'
import { asOf } from '../../../src/query/asOf.js'
import { contextFor, failureOf, linesWiderThan, requestFor } from '../_context.js'

const growth = (indicator: string, options: { zone?: string } = {}, lang: 'zh' | 'en' = 'en', json = false) =>
  run(requestFor([indicator], options), contextFor({ lang, json })).stdout

describe('growthRows', () => {
  it('merges levels, reported growth and computed rates by period, in time order', () => {
    const rows = growthRows(observationSeries('gdp'), observationSeries('gdp', { measure: 'growth' }), growthSeries('gdp'))
    expect(rows.map((row) => row.period)).toEqual([
      '2013', '2014-01/2014-06', '2014', '2016', '2017', '2018', '2019-01/2019-06', '2019',
      '2020-01/2020-06', '2020', '2021-01/2021-06', '2021-01/2021-09', '2021', '2022', '2023',
    ])
    const latest = rows.at(-1)
    expect([latest?.level?.value, latest?.reported?.value, latest?.computed?.previousPeriod]).toEqual([3201.2, 6, '2022'])
    expect(rows.find((row) => row.period === '2022')?.reported).toBeNull()
  })
  it('keeps periods that only have a reported growth', () => {
    const rows = growthRows([], observationSeries('industrial-value-added', { measure: 'growth' }), [])
    expect(rows.map((row) => [row.period, row.level, row.reported?.value])).toEqual([['2013', null, 21], ['2014', null, 16.2], ['2018', null, 11], ['2023', null, 2.3]])
  })
})

describe('growth', () => {
  it('states the basis of every rate', () => {
    const text = growth('gdp')
    expect(text).toMatch(/^2023 +CNY 320\.12 billion +\+6\.0% +real +\+6\.15%$/m)
    expect(text).toMatch(/basis:\s+nominal/)
    expect(text).toContain('2023: the reported growth is real (constant prices), the computed one nominal')
    // 2020 is a lower bound (突破2400), so the 2021 rate is at most what it shows.
    expect(text).toMatch(/^2021 +.*≤\+16\.69%$/m)
  })
  it('speaks Chinese', () => {
    const text = growth('gdp', {}, 'zh')
    expect(text).toMatch(/^2023 +3,201\.2亿元 +\+6\.0% +可比价 +\+6\.15%$/m)
    expect(text).toContain('口径：现价')
  })
  it('takes another scope with --zone', () => {
    const text = growth('foreign-trade', { zone: 'bonded-zone' })
    expect(text).toContain('Chengdu Hi-Tech Comprehensive Bonded Zone')
    // Neither the 2019 nor the 2020 level says whether the Shuangliu area is in: no rate, and why.
    expect(text).toMatch(/^2020 .*\+26\.8% +unspecified +\? coverage$/m)
    expect(text).toContain('no rate is computed: 2020 (2019).')
    expect(text).not.toContain('+26.83%')
  })
  it.each(['gdp', 'general-budget-revenue', 'industrial-output', 'foreign-trade'])('fits 80 columns: %s', (indicator) => {
    expect(linesWiderThan(growth(indicator, {}, 'zh'))).toEqual([])
    expect(linesWiderThan(growth(indicator, {}, 'en'))).toEqual([])
  })
  it('marks each row whose rate crosses a break instead of computing it, and names the breaks below', () => {
    const text = growth('gdp')
    expect(text).toMatch(/^2017 +CNY 166\.58 billion +\+10% +real +⫽ break$/m)
    expect(text).toMatch(/^2018 +CNY 187\.77 billion +\+9\.6% +real +\+12\.72%$/m)
    const marked = text.split('\n').filter((line) => /^\d{4}\S* .*⫽ break$/.test(line)).map((line) => line.split(' ')[0])
    expect(marked).toEqual(['2017', '2019', '2020-01/2020-06', '2020'])
    for (const id of ['gdp-renamed-2017 (measure renamed)', 'gdp-area-2017 (area changed)', 'gdp-area-2019', 'gdp-area-2020']) expect(text).toContain(id)
    expect(text.match(/gdp-area-2020/g)).toHaveLength(1)
    expect(linesWiderThan(text)).toEqual([])
  })
  it('marks breaks in Chinese, with Chinese words', () => {
    const text = growth('gdp', {}, 'zh')
    expect(text).toMatch(/^2017 +1,665\.8亿元 +\+10% +可比价 +⫽ 断点$/m)
    expect(text).toContain('gdp-renamed-2017 (测度更名)：总量指标由产业增加值改称地区生产总值')
  })
  it('carries the breaks on each --json row', () => {
    const { rows } = JSON.parse(growth('gdp', {}, 'en', true)) as { rows: { period: string; breaks: { id: string }[] }[] }
    expect(rows.find((row) => row.period === '2017')?.breaks.map((item) => item.id)).toEqual(['gdp-renamed-2017', 'gdp-area-2017'])
    expect(rows.find((row) => row.period === '2018')?.breaks).toEqual([])
  })
  it('gives the rows as JSON', () => {
    const parsed = JSON.parse(growth('gdp', {}, 'en', true)) as { scope: string; rows: { period: string; computed: { percent: number; basis: string } | null }[] }
    expect(parsed.scope).toBe('cdht')
    expect(parsed.rows.at(-1)?.computed?.basis).toBe('nominal')
  })
  it('names the nearest indicators for an unknown one', () => {
    const problem = failureOf(() => growth('gpd'))
    expect([problem.kind, problem.code, problem.message, problem.suggestions]).toEqual(['failure', 'UNKNOWN_ID', 'no indicator has the id "gpd"', ['gdp']])
  })
  it('says where an indicator has data when the zone has none', () => {
    const problem = failureOf(() => growth('foreign-trade', { zone: 'tianfu-bio-town' }))
    expect(problem.code).toBe('NO_DATA')
    expect(problem.suggestions).toEqual(['--zone cdht', '--zone cdht-or-bonded-zone', '--zone bonded-zone'])
  })
  // REPORT6 §11 follow-up: on 2013-02-14 `growth gdp` said "did you mean --zone cdht?" to a request for cdht.
  it('on --as-of, says so and names only other zones with figures in that view', () => {
    const early = failureOf(() => run(requestFor(['gdp']), contextFor({ asOf: '2013-02-14', today: '2013-02-14' })))
    expect([early.code, early.message, early.suggestions]).toEqual(['NO_DATA', 'gdp has no level or growth for cdht published by 2013-02-14', []])
    const zh = failureOf(() => run(requestFor(['foreign-trade'], { zone: 'tianfu-bio-town' }), contextFor({ lang: 'zh', asOf: '2015-06-01', today: '2015-06-01' })))
    expect(zh.message).toBe('foreign-trade 在 tianfu-bio-town 截至 2015-06-01 没有已发布的水平值或增速')
    const view = asOf('2015-06-01')
    const known = new Set(view.observations.filter((o) => o.indicator === 'foreign-trade' && ['level', 'growth'].includes(o.measure)).map((o) => `--zone ${o.scope}`))
    expect(zh.suggestions.length).toBeGreaterThan(0)
    for (const suggestion of zh.suggestions) expect(known).toContain(suggestion)
    // The full dataset names one zone more than the view does: its figures came later.
    expect(failureOf(() => growth('foreign-trade', { zone: 'tianfu-bio-town' })).suggestions.length).toBeGreaterThan(zh.suggestions.length)
  })
  it('refuses an unknown zone', () => {
    expect(failureOf(() => growth('gdp', { zone: 'cdth' })).suggestions).toContain('cdht')
  })
})
