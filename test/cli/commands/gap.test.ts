import { describe, expect, it } from 'vitest'
import { run } from '../../../src/cli/commands/gap.js'
import { gapReport } from '../../../src/cli/commands/gapReport.js'
import { CliFailure } from '../../../src/cli/failure.js'
import { asOf, getTarget, targets } from '../../../src/index.js'
import type { CommandContext } from '../../../src/cli/context.js'
import { contextFor, linesWiderThan, requestFor } from '../_context.js'

const gap = (id: string, options: { actual?: number; on?: string } = {}, context: Partial<CommandContext> = {}) =>
  run(requestFor([id], options), contextFor(context)).stdout

describe('gapReport', () => {
  it('measures a target against the dataset’s actual for its period', () => {
    const report = gapReport({ target: getTarget('gdp-target-2021'), on: '2024-03-01' })
    expect(report.gap?.observation?.id).toBe('gdp-2021')
    expect([report.gap?.gap, report.gap?.met]).toEqual([-200.6, true])
    expect(report.daysLeft).toBeLessThan(0)
    expect(report.elapsed).toBe(1)
    // The year is over and its figure known: no pace, but the growth it needed from 2020.
    expect(report.pace).toBeNull()
    expect(report.required?.from).toMatchObject({ id: 'gdp-2020' })
  })
  it('measures pace on the figure since the period began when the year is not yet known', () => {
    const report = gapReport({ target: getTarget('gdp-target-2021'), on: '2021-11-05', dataset: asOf('2021-11-05') })
    expect(report.gap).toBeNull()
    expect(report.yearToDate?.id).toBe('gdp-2021-01-2021-09')
    expect(report.pace?.onPace).toBe(true)
    expect(report.pace?.elapsed).toBeCloseTo(273 / 365, 6)
  })
  it('takes --actual with --on, for the gap and the pace', () => {
    const report = gapReport({ target: getTarget('bio-industry-scale-bio-town-2024'), on: '2024-09-30', actual: 1500 })
    expect([report.gap?.gap, report.gap?.met, report.gap?.observation]).toEqual([100, false, null])
    expect(report.pace?.progress).toBeCloseTo(1500 / 1600, 9)
    expect(report.daysLeft).toBe(92)
  })
  it('computes the growth a stock still needs from --actual', () => {
    const report = gapReport({ target: getTarget('tertiary-hospitals-2024'), on: '2024-03-01', actual: 8 })
    expect(report.pace).toBeNull()
    expect(report.required?.totalPercent).toBeCloseTo(25, 9)
  })
  it('has neither gap nor pace without an actual', () => {
    const report = gapReport({ target: getTarget('chip-display-terminal-output-2025'), on: '2024-03-01' })
    expect([report.gap, report.pace, report.yearToDate, report.required]).toEqual([null, null, null, null])
  })
})

describe('gap', () => {
  it('shows gap, progress, verdict, days left and source', () => {
    const text = gap('gdp-target-2021')
    for (const expected of ['at least CNY 260 billion · ≥ (reaching it is enough)', 'CNY 280.06 billion (gdp-2021)', 'CNY 20.06 billion beyond', '107.7%', 'met              yes', '力争全年实现地区生产总值2600亿元']) {
      expect(text).toContain(expected)
    }
  })
  it('speaks Chinese', () => {
    const text = gap('bio-industry-scale-bio-town-2024', { actual: 1500, on: '2024-09-30' }, { lang: 'zh' })
    for (const expected of ['超1,600亿元 · 超（须超过该值）', '剩余 92 天', '还差 100亿元', '跟上进度']) expect(text).toContain(expected)
    expect(text).toMatch(/^是否达成 +否$/m)
  })
  it('gives a growth target’s gap in percentage points', () => {
    expect(gap('gdp-growth-target-2021')).toContain('2.6 percentage points beyond')
  })
  it('says how to give an actual when the dataset has none', () => {
    expect(gap('chip-display-terminal-output-2025')).toContain('give one with --actual N')
  })
  it.each(targets.map((target) => target.id))('fits 80 columns: %s', (id) => {
    expect(linesWiderThan(gap(id, {}, { lang: 'zh' }))).toEqual([])
    expect(linesWiderThan(gap(id, { actual: 1 }, { lang: 'en' }))).toEqual([])
  })
  it('gives the report as JSON', () => {
    const parsed = JSON.parse(gap('gdp-target-2021', { on: '2021-06-30' }, { json: true })) as { on: string; daysLeft: number; gap: { met: boolean } }
    expect([parsed.on, parsed.daysLeft, parsed.gap.met]).toEqual(['2021-06-30', 184, true])
  })
  it('names the nearest targets for an unknown one', () => {
    try {
      gap('gdp-target')
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(CliFailure)
      expect((error as CliFailure).suggestions).toEqual(['gdp-target-2020', 'gdp-target-2021'])
    }
  })
})
