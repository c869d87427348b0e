import { describe, expect, it } from 'vitest'
import { renderGap, run } from '../../../src/cli/commands/gap.js'
import { CliFailure } from '../../../src/cli/failure.js'
import { targets } from '../../../src/index.js'
import { getObservation } from '../../../src/query/getObservation.js'
import { assessTarget } from '../../../src/targets/assessTarget.js'
import type { CommandContext } from '../../../src/cli/context.js'
import { contextFor, linesWiderThan, requestFor } from '../_context.js'

const gap = (id: string, options: { actual?: number; on?: string } = {}, context: Partial<CommandContext> = {}) =>
  run(requestFor([id], options), contextFor(context)).stdout

type Assessed = { outcome: string; on: string; daysLeft: number; gap: { met: boolean; gap: number } | null; evidence: { id: string } | null; pace: unknown; requiredGrowth: unknown; comparability: string }
const assessed = (id: string, options: { actual?: number; on?: string } = {}, context: Partial<CommandContext> = {}): Assessed =>
  JSON.parse(gap(id, options, { ...context, json: true })) as Assessed

describe('gap outcomes', () => {
  it.each([
    ['gdp-target-2021', {}, 'met', '已达成'],
    ['gdp-target-2021', { actual: 2500 }, 'missed', '未达成'],
    ['gdp-target-2020', {}, 'undetermined', '无法判定'],
    ['talent-apartments-raised-2024', { on: '2025-06-30' }, 'not-published', '未见公布'],
    ['talent-apartments-raised-2024', { on: '2024-06-30' }, 'pending', '未到期'],
  ] as const)('%s %o is %s, first line in both languages', (id, options, outcome, zh) => {
    expect(assessed(id, options).outcome).toBe(outcome)
    expect(gap(id, options, { lang: 'en' }).split('\n')[0]).toMatch(new RegExp(`^outcome +${outcome.replace('-', ' ')}$`))
    expect(gap(id, options, { lang: 'zh' }).split('\n')[0]).toMatch(new RegExp(`^结果 +${zh}$`))
  })
  it('an over-bound actual below the value leaves 超3000 undetermined, with its evidence', () => {
    const result = assessed('gdp-target-2020')
    expect([result.evidence?.id, result.gap?.met, result.gap?.gap]).toEqual(['gdp-2020', null, 600])
  })
  it('lists the breaks since the target was set, and says a lower-bound actual is short by at most the gap', () => {
    const text = gap('gdp-target-2020', {}, { lang: 'en', width: 200 })
    expect(text).toMatch(/^breaks +gdp-renamed-2017 \(measure renamed\)/m)
    expect(text).toMatch(/^gap +at most CNY 60 billion to go$/m)
    expect(gap('gdp-target-2020', {}, { lang: 'zh', width: 200 })).toMatch(/^序列断点 +gdp-renamed-2017/m)
  })
  it('takes the dataset as --as-of knew it: before gdp-2021 was published the target was pending', () => {
    const result = assessed('gdp-target-2021', { on: '2021-11-05' }, { asOf: '2021-11-05' })
    expect([result.outcome, result.gap, result.evidence]).toEqual(['pending', null, null])
    expect(result.pace).toMatchObject({ onPace: true })
    expect(gap('gdp-target-2021', { on: '2021-11-05' }, { asOf: '2021-11-05' })).toContain('done so far')
  })
  it('shows the growth still required while pending', () => {
    expect(assessed('gdp-target-2021', { on: '2021-06-30' }, { asOf: '2021-06-30' }).requiredGrowth).not.toBeNull()
    expect(gap('gdp-target-2021', { on: '2021-06-30' }, { asOf: '2021-06-30' })).toMatch(/required growth +\S+ a year/)
  })
})

describe('gap', () => {
  it('names a target’s summary passage a summary, and a verbatim one the passage', () => {
    const summarised = targets.filter((target) => target.passageOrigin === 'summary')
    expect(summarised.length).toBeGreaterThan(0)
    for (const target of summarised) {
      expect(gap(target.id, {}, { lang: 'zh' })).toMatch(/^摘要（非原文） +/m)
      expect(gap(target.id, {}, { lang: 'en' })).toMatch(/^summary \(not verbatim\) +/m)
    }
    expect(gap('gdp-target-2021')).toMatch(/^passage +\S/m)
    expect(gap('gdp-target-2021')).not.toContain('summary')
  })
  it('shows gap, progress, verdict, days left and source', () => {
    const text = gap('gdp-target-2021')
    for (const expected of ['at least CNY 260 billion · at least (reaching it is enough)', 'CNY 280.06 billion (gdp-2021)', 'CNY 20.06 billion beyond', '107.7%', '力争全年实现地区生产总值2600亿元']) {
      expect(text).toContain(expected)
    }
  })
  it('speaks Chinese', () => {
    const text = gap('bio-industry-scale-bio-town-2024', { actual: 1500, on: '2024-09-30' }, { lang: 'zh' })
    for (const expected of ['超1,600亿元 · 超（须超过该值）', '剩余 92 天', '还差 100亿元']) expect(text).toContain(expected)
    // Before the deadline --actual is the value so far: short of the value, the target is pending, on pace.
    expect(text).toMatch(/^结果 +未到期$/m)
    expect(text).toContain('节奏')
  })
  it('gives a growth target’s gap in percentage points', () => {
    expect(gap('gdp-growth-target-2021')).toContain('2.6 percentage points beyond')
  })
  it('refuses --actual on a day before a flow target\'s period starts, and --on before it was set', () => {
    const refused = (options: { actual?: number; on?: string }): unknown => {
      try {
        gap('chip-display-terminal-output-2025', options, { lang: 'en' })
      } catch (error) {
        return error instanceof CliFailure ? [error.kind, error.message.split(':')[0]] : error
      }
      return 'no error'
    }
    expect(refused({ actual: 5000, on: '2024-12-31' })).toEqual(['usage', '--actual cannot be used'])
    expect(refused({ on: '2010-01-01' })).toEqual(['usage', '--on cannot be used'])
    expect(refused({ actual: 5000, on: '2025-06-30' })).toBe('no error')
  })

  it('refuses an --on after --as-of: the view knows nothing after --as-of', () => {
    expect(() => gap('gdp-target-2021', { on: '2023-01-01' }, { asOf: '2022-01-05' })).toThrow(/--on 2023-01-01 is after --as-of 2022-01-05/)
    expect(gap('gdp-target-2021', { on: '2022-01-05' }, { asOf: '2022-01-05' })).toContain('gdp-target-2021')
  })

  it('refuses an --actual the library refuses as a usage error naming the flag, in either language', () => {
    const refusal = (lang: 'zh' | 'en'): unknown => {
      try {
        gap('gdp-target-2021', { actual: -1 }, { lang })
      } catch (error) {
        return error instanceof CliFailure ? { kind: error.kind, code: error.code, message: error.message } : error
      }
      return 'no error'
    }
    expect(refusal('zh')).toEqual({ kind: 'usage', code: 'INVALID_VALUE', message: '--actual 的值不可用（原因为英文）：a level of gdp is never negative: -1' })
    expect(refusal('en')).toEqual({ kind: 'usage', code: 'INVALID_VALUE', message: '--actual cannot be used: a level of gdp is never negative: -1' })
  })

  it('refuses a fraction of a count at multiplier 0 as --actual, in either language (REPORT8 §7)', () => {
    const refusal = (lang: 'zh' | 'en'): unknown => {
      try {
        gap('tertiary-hospitals-2024', { actual: 9.5, on: '2024-12-31' }, { lang })
      } catch (error) {
        return error instanceof CliFailure ? { kind: error.kind, code: error.code, message: error.message } : error
      }
      return 'no error'
    }
    expect(refusal('zh')).toEqual({ kind: 'usage', code: 'INVALID_VALUE', message: '--actual 须为整数（tertiary-hospitals-2024 是个数），收到“9.5”' })
    expect(refusal('en')).toEqual({ kind: 'usage', code: 'INVALID_VALUE', message: '--actual must be a whole number (tertiary-hospitals-2024 is a count), got "9.5"' })
    expect(gap('tertiary-hospitals-2024', { actual: 9, on: '2024-12-31' }, { lang: 'en' })).toMatch(/^gap +1 hospital to go$/m)
    // A count in 万 has decimals: 2.45万 people.
    expect(assessed('bio-town-population-2024', { actual: 2.45, on: '2024-12-31' }).outcome).toBe('met')
  })

  it('says how to give an actual when none was published by the day assessed', () => {
    // Read as one line: the value column wraps at 80 columns.
    expect(gap('chip-display-terminal-output-2025').replace(/\s+/g, ' ')).toContain('none published by the day assessed; give one with --actual N')
  })
  it.each(targets.map((target) => target.id))('fits 80 columns: %s', (id) => {
    expect(linesWiderThan(gap(id, {}, { lang: 'zh' }))).toEqual([])
    // A value so far is given on a day of the target's period (none can accrue before it starts).
    const deadline = targets.find((target) => target.id === id)?.deadline ?? ''
    expect(linesWiderThan(gap(id, { actual: 1, on: deadline }, { lang: 'en' }))).toEqual([])
  })
  it('gives the report as JSON', () => {
    const parsed = assessed('gdp-target-2021', { on: '2022-06-30' })
    expect(Object.keys(parsed)).toEqual(['target', 'outcome', 'on', 'gap', 'evidence', 'daysLeft', 'elapsed', 'pace', 'requiredGrowth', 'breaks', 'comparability'])
    expect([parsed.outcome, parsed.on, parsed.daysLeft, parsed.gap?.met, parsed.evidence?.id, parsed.comparability]).toEqual(['met', '2022-06-30', -181, true, 'gdp-2021', 'comparable'])
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

describe('gap on an unknown footing', () => {
  it('says why there is no verdict when the actual leaves its coverage unstated', () => {
    const bonded = { ...targets.find((record) => record.id === 'gdp-target-2021')!, indicator: 'foreign-trade', scope: 'bonded-zone', period: '2020', deadline: '2020-12-31', value: 500, multiplier: 9 } as (typeof targets)[number]
    const assessment = assessTarget(bonded, { on: '2021-06-30', actual: getObservation('bonded-zone-trade-2020') })
    const en = renderGap(assessment, contextFor({ lang: 'en' }))
    expect(en).toMatch(/^outcome +undetermined$/m)
    expect(en).toMatch(/^comparability +unknown: the actual does not say whether it includes the$/m)
    expect(renderGap(assessment, contextFor({ lang: 'zh' }))).toContain('未知：实际值未说明是否含双流园区')
    expect(gap('gdp-target-2021', { on: '2024-01-01' })).not.toContain('comparability')
  })
})

// REPORT7 §2 and §4: numbers as JavaScript writes them, and English counts of one.
describe('gap text in any case of the numbers', () => {
  it('prints an --actual JavaScript writes with an exponent (1e-7), as --json does', () => {
    const text = gap('gdp-target-2021', { actual: 0.0000001 }, { lang: 'en' })
    expect(text).toContain('CNY 10 (given with --actual)')
    expect(text).toContain('CNY 259.99999999 billion to go')
  })
  it('says an exact hit is one, not "CNY 0 beyond"', () => {
    expect(gap('gdp-target-2021', { actual: 2600 }, { lang: 'en' })).toMatch(/gap +reached exactly/)
    expect(gap('gdp-target-2021', { actual: 2600 }, { lang: 'zh' })).toContain('恰好达到')
  })
  it('counts one day and one percentage point in the singular', () => {
    expect(gap('gdp-target-2021', { actual: 2500, on: '2021-12-30' }, { lang: 'en' })).toContain('1 day left')
    expect(gap('gdp-target-2021', { actual: 2500, on: '2022-01-01' }, { lang: 'en' })).toContain('passed 1 day ago')
    expect(gap('gdp-growth-target-2021', { actual: 7.5, on: '2021-12-31' }, { lang: 'en' })).toContain('gap        1 percentage point to go')
    expect(gap('gdp-growth-target-2021', { actual: 7, on: '2021-12-31' }, { lang: 'en' })).toContain('1.5 percentage points to go')
  })
})
