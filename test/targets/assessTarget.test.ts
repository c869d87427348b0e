import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { targets } from '../../src/data/collections.js'
import { publicationDays } from '../../src/_internal/publicationDays.js'
import { asOf } from '../../src/query/asOf.js'
import { calendarDay } from '../../src/time/calendarDay.js'
import { getObservation } from '../../src/query/getObservation.js'
import { assessTarget, type TargetOutcome } from '../../src/targets/assessTarget.js'
import { observation, target } from '../growth/_observation.js'

const OUTCOMES: readonly TargetOutcome[] = ['met', 'missed', 'undetermined', 'not-published', 'pending']

// Each outcome word reached by a real target of data/targets.json. Where the data alone cannot
// reach it today, the test name says what the caller gives.
const table = [
  { outcome: 'met', id: 'gdp-target-2021', options: { on: '2024-01-01' }, evidence: 'gdp-2021', why: 'from the data alone: 2800.6 against 2600' },
  { outcome: 'met', id: 'gdp-growth-target-2021', options: { on: '2024-01-01' }, evidence: 'gdp-growth-2021', why: 'from the data alone: 11.1 % against 8.5 %' },
  { outcome: 'missed', id: 'gdp-growth-target-2021', options: { on: '2024-01-01', actual: 8.4 }, evidence: null, why: 'with a caller-given actual of 8.4 %' },
  {
    outcome: 'undetermined',
    id: 'bio-industry-scale-bio-town-2024',
    options: { on: '2025-06-30', actual: observation({ indicator: 'bio-industry-scale', scope: 'tianfu-bio-town', period: '2024', value: 1500, decimals: 0, bound: 'lower' }) },
    evidence: 'test-observation',
    why: 'with a caller-given lower-bound actual, 超1500 against 突破1600',
  },
  { outcome: 'not-published', id: 'talent-apartments-raised-2024', options: { on: '2025-06-30' }, evidence: null, why: 'with a caller-given day after the deadline' },
  { outcome: 'not-published', id: 'chip-display-terminal-output-2025', options: { on: '2026-11-30' }, evidence: null, why: 'with a caller-given day after the deadline' },
  { outcome: 'pending', id: 'chip-display-terminal-output-2025', options: { on: '2025-06-30' }, evidence: null, why: 'with a caller-given day before the deadline' },
  { outcome: 'pending', id: 'gdp-target-2021', options: { on: '2021-06-30' }, evidence: null, why: 'with a caller-given day before the deadline' },
] as const

describe('assessTarget outcomes on real targets', () => {
  it.each(table)('$id is $outcome ($why)', ({ id, options, outcome, evidence }) => {
    const assessed = assessTarget(id, options)
    expect(assessed.outcome).toBe(outcome)
    expect(assessed.evidence?.id ?? null).toBe(evidence)
    expect(assessed.target.id).toBe(id)
  })

  it('reaches every outcome word in the table', () => {
    expect(new Set(table.map((row) => row.outcome))).toEqual(new Set(OUTCOMES))
  })

  it('gives exactly one of the five words for every real target on any day from 2012 to 2030 once it is set, and refuses the days before', () => {
    fc.assert(
      fc.property(fc.constantFrom(...targets), fc.date({ min: new Date('2012-01-01T12:00:00'), max: new Date('2030-12-31T12:00:00'), noInvalidDate: true }), (record, day) => {
        const setOn = publicationDays().bySource.get(record.source) ?? ''
        if (calendarDay(day, 'day') < setOn) expect(() => assessTarget(record, { on: day })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', input: 'options.on' }))
        else expect(OUTCOMES).toContain(assessTarget(record, { on: day }).outcome)
      }),
      { numRuns: 300 },
    )
  })

  it('counts days left and the share of time passed on the day', () => {
    const assessed = assessTarget('gdp-target-2021', { on: '2021-09-30' })
    expect([assessed.on, assessed.daysLeft, assessed.elapsed.toFixed(3)]).toEqual(['2021-09-30', 92, '0.748'])
  })

  it('while pending, gives the pace from Q1–Q3 and the growth required from the year before (超2400 in 2020)', () => {
    // Q1–Q3 2021 was published on 2021-11-03.
    const assessed = assessTarget('gdp-target-2021', { on: '2021-11-03' })
    expect(assessed.outcome).toBe('pending')
    expect([assessed.pace?.onPace, assessed.pace?.progress.toFixed(3)]).toEqual([true, '0.782'])
    expect([assessed.requiredGrowth?.percentPerYear.toFixed(2), assessed.requiredGrowth?.bound]).toEqual(['8.33', 'upper'])
    expect(assessed.gap).toBeNull()
  })

  it('has no pace or required growth once decided', () => {
    const assessed = assessTarget('gdp-target-2021', { on: '2024-01-01' })
    expect([assessed.pace, assessed.requiredGrowth, assessed.gap?.gap]).toEqual([null, null, -200.6])
  })

  it('takes the evidence from the dataset given: before the 2021 figure is known it is not published', () => {
    // gdp-2021 comes from a reprint of unknown date; the zone released the figures on 2022-01-28.
    expect(assessTarget('gdp-target-2021', { on: '2022-01-27', dataset: asOf('2022-01-27') }).outcome).toBe('not-published')
    expect(assessTarget('gdp-target-2021', { on: '2022-01-28', dataset: asOf('2022-01-28') }).outcome).toBe('met')
    expect(assessTarget('gdp-target-2021', { on: '2026-11-30', dataset: asOf('2026-11-30') }).evidence?.id).toBe('gdp-2021')
  })

  it('does not count a figure whose period has not ended by the day', () => {
    // A hand-made figure for 2021 citing a source known since 2021-03-12: only the period's end holds it back.
    const early = observation({ period: '2021', value: 2800.6, source: 'ceb-2021-03-12' })
    const dataset = { ...asOf('2026-11-30'), observations: [early] }
    expect(assessTarget('gdp-target-2021', { on: '2021-12-30', dataset }).outcome).toBe('pending')
    expect(assessTarget('gdp-target-2021', { on: '2021-12-31', dataset })).toMatchObject({ outcome: 'met', evidence: early })
  })

  describe('uses only what was known on the day (the as-of rule), without being given a view', () => {
    it('leaves out a figure published after the day: gdp-2021 was released on 2022-01-28', () => {
      expect(assessTarget('gdp-target-2021', { on: '2022-01-05' })).toMatchObject({ outcome: 'not-published', evidence: null, gap: null })
      expect(assessTarget('gdp-target-2021', { on: '2022-01-27' }).outcome).toBe('not-published')
      expect(assessTarget('gdp-target-2021', { on: '2022-01-28' })).toMatchObject({ outcome: 'met', evidence: { id: 'gdp-2021' } })
    })

    it('takes the pace from the latest part-year figure published by the day, not one published later', () => {
      // Q1–Q3 (published 2021-11-03) is not known on 2021-09-30: the pace comes from an earlier part of the year.
      const early = assessTarget('gdp-target-2021', { on: '2021-09-30' })
      const late = assessTarget('gdp-target-2021', { on: '2021-11-03' })
      expect(early.pace).not.toBeNull()
      expect(early.pace?.progress).toBeLessThan(late.pace?.progress ?? 0)
      expect(assessTarget('gdp-target-2021', { on: '2021-11-02' }).pace).toEqual(early.pace)
    })

    it('agrees with asOf on every publication day for every target it can assess', () => {
      for (const day of publicationDays().days) {
        for (const record of targets) {
          if ((publicationDays().bySource.get(record.source) ?? '') > day) continue
          const alone = assessTarget(record, { on: day })
          const viewed = assessTarget(record, { on: day, dataset: asOf(day) })
          expect([alone.outcome, alone.evidence?.id, alone.pace?.progress, alone.requiredGrowth?.percentPerYear]).toEqual([
            viewed.outcome,
            viewed.evidence?.id,
            viewed.pace?.progress,
            viewed.requiredGrowth?.percentPerYear,
          ])
        }
      }
    })

    it('refuses a day before the target was set (its source known), naming options.on', () => {
      for (const on of ['1900-01-01', '2021-03-11']) {
        expect(() => assessTarget('gdp-target-2021', { on })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', input: 'options.on' }))
      }
      expect(assessTarget('gdp-target-2021', { on: '2021-03-12' }).outcome).toBe('pending')
    })

    it("leaves a caller's actual citing a source of their own to the caller", () => {
      const mine = { ...structuredClone(getObservation('gdp-2021')), id: 'my-gdp-2021', source: 'my-estimate' } as never
      expect(assessTarget('gdp-target-2021', { on: '2022-01-05', actual: mine }).outcome).toBe('met')
    })

    it("refuses the package's own figure as the actual before its source was published, naming options.actual.source (REPORT8 §1)", () => {
      expect(() => assessTarget('gdp-target-2021', { on: '2022-01-05', actual: getObservation('gdp-2021') })).toThrow(
        expect.objectContaining({
          code: 'INVALID_ARGUMENT',
          input: 'options.actual.source',
          message: 'options.actual.source: chuanguan-cdht-2021-results was published on 2022-01-28: on 2022-01-05 its figures were not yet known',
        }),
      )
      // A copy is refused as well: the source it cites dates it, not where the object came from.
      expect(() => assessTarget('gdp-target-2021', { on: '2022-01-27', actual: structuredClone(getObservation('gdp-2021')) })).toThrow(expect.objectContaining({ input: 'options.actual.source' }))
      expect(assessTarget('gdp-target-2021', { on: '2022-01-28', actual: getObservation('gdp-2021') }).outcome).toBe('met')
    })
  })

  it('defaults the day to today in Asia/Shanghai', () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
    expect(assessTarget('gdp-target-2021').on).toBe(today)
  })

  it('accepts an observation as the actual', () => {
    expect(assessTarget('gdp-target-2021', { actual: getObservation('gdp-2021'), on: '2022-02-01' })).toMatchObject({ outcome: 'met', evidence: { id: 'gdp-2021' } })
  })

  it.each([
    ['null options', null, 'options'],
    ['a bad day', { on: 'yesterday' }, 'options.on'],
    ['a numeric string actual', { actual: '2800' }, 'options.actual'],
    ['a malformed dataset', { dataset: { observations: 3 } }, 'options.dataset.sources'],
  ])('refuses %s naming %s', (_label, options, input) => {
    expect(() => assessTarget('gdp-target-2021', options as never)).toThrow(expect.objectContaining({ input }))
  })
})

describe('assessTarget at the edge: an actual just above, at and below the value', () => {
  // What an actual at `value + step × offset` gives, by comparator and by whether it is exact or a lower bound (超).
  const expected: Record<string, Record<'exact' | 'lower', readonly [TargetOutcome, TargetOutcome, TargetOutcome]>> = {
    gt: { exact: ['met', 'missed', 'missed'], lower: ['met', 'met', 'undetermined'] },
    gte: { exact: ['met', 'met', 'missed'], lower: ['met', 'met', 'undetermined'] },
    eq: { exact: ['met', 'met', 'missed'], lower: ['met', 'met', 'undetermined'] },
  }

  it.each(['gt', 'gte', 'eq'] as const)('%s: above, at and below, for exact and lower-bound actuals', (comparator) => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom('exact', 'lower' as const), (units, decimals, bound) => {
        const step = 10 ** -decimals
        const value = Number((units * step).toFixed(decimals))
        const record = target({ comparator, value, decimals })
        const outcomes = [1, 0, -1].map((offset) => {
          const actual = observation({ value: Number((value + offset * step).toFixed(decimals)), decimals, bound, period: '2021' })
          return assessTarget(record, { on: '2022-01-01', actual }).outcome
        })
        expect(outcomes).toEqual(expected[comparator]![bound])
      }),
      { numRuns: 300 },
    )
  })

  it('reads a caller’s sum at 15 significant digits: 1110.7 + 1089.9 does not meet 突破2200.6', () => {
    const record = target({ comparator: 'gt', value: 2200.6, decimals: 1 })
    expect(assessTarget(record, { on: '2022-01-01', actual: 1110.7 + 1089.9 }).outcome).toBe('missed')
  })
})

describe('assessTarget and breaks in series', () => {
  it('lists the breaks between the day a target was set and the end of its period', () => {
    // Set in February 2014 on 产业增加值; its 2020 is measured after the rename and the area changes.
    const assessment = assessTarget('gdp-target-2020', { on: '2026-11-30' })
    expect(assessment.breaks.map((item) => item.id)).toEqual(expect.arrayContaining(['gdp-renamed-2017', 'gdp-area-2019', 'gdp-area-2020']))
    expect(assessment.outcome).toBe('undetermined')
    expect(Object.isFrozen(assessment.breaks)).toBe(true)
  })
  it('says a caller-given actual would meet it, and still cannot call it met across the breaks', () => {
    const across = assessTarget('gdp-target-2020', { actual: 5000, on: '2026-11-30' })
    expect([across.outcome, across.gap?.met]).toEqual(['undetermined', null])
    expect(assessTarget('gdp-target-2021', { actual: 5000, on: '2026-11-30' }).breaks).toEqual([])
  })
  it('leaves a number given before the deadline pending, with its pace', () => {
    const assessment = assessTarget('bio-industry-scale-bio-town-2024', { actual: 1500, on: '2024-09-30' })
    expect([assessment.outcome, assessment.pace?.onPace]).toEqual(['pending', true])
  })
})

describe('assessTarget refuses an actual whose period has not ended', () => {
  it('refuses the full-year 2021 figure on 2021-06-30 with INVALID_PERIOD naming options.actual.period', () => {
    expect(() => assessTarget('gdp-target-2021', { on: '2021-06-30', actual: getObservation('gdp-2021') })).toThrow(
      expect.objectContaining({ name: 'CdhtDataError', code: 'INVALID_PERIOD', input: 'options.actual.period' }),
    )
    expect(() => assessTarget('gdp-target-2021', { on: '2021-12-30', actual: getObservation('gdp-2021') })).toThrow(expect.objectContaining({ code: 'INVALID_PERIOD' }))
  })

  it('takes it from the last day of its period', () => {
    // A figure of the caller's own source: the package's gdp-2021 was published only on 2022-01-28.
    const assessed = assessTarget('gdp-target-2021', { on: '2021-12-31', actual: observation({ id: 'gdp-2021', period: '2021', value: 2800.6 }) })
    expect([assessed.outcome, assessed.evidence?.id]).toEqual(['met', 'gdp-2021'])
  })

  it('refuses a stock counted on a later day than the one assessed', () => {
    const hospitals = observation({ indicator: 'tertiary-hospitals', period: '2024-12-31', value: 9, decimals: 0, unit: 'count', multiplier: 0 })
    expect(() => assessTarget('tertiary-hospitals-2024', { on: '2024-12-30', actual: hospitals })).toThrow(
      expect.objectContaining({ code: 'INVALID_PERIOD', input: 'options.actual.period' }),
    )
    expect(assessTarget('tertiary-hospitals-2024', { on: '2024-12-31', actual: hospitals }).on).toBe('2024-12-31')
  })

  it('still takes a number, the value reached so far, before the period ends', () => {
    expect(assessTarget('gdp-target-2021', { on: '2021-06-30', actual: 2000 }).outcome).toBe('pending')
  })

  it('holds for any day and any period: a refusal exactly when the period ends after the day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2019, max: 2024 }), fc.date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true }), (year, date) => {
        const on = date.toISOString().slice(0, 10)
        const actual = observation({ period: String(year), value: 2800.6 })
        const record = target({ period: String(year), deadline: `${year}-12-31` })
        const ended = `${year}-12-31` <= on
        let code: string | undefined
        try {
          assessTarget(record, { on, actual })
        } catch (error) {
          code = (error as { code?: string }).code
        }
        expect(code).toBe(ended ? undefined : 'INVALID_PERIOD')
      }),
      { numRuns: 200 },
    )
  })
})

describe('assessTarget with an actual that leaves its coverage unstated', () => {
  // A caller's own bonded-zone target: a target states no coverage, so it is read on its actual's footing.
  const bondedTarget = target({ indicator: 'foreign-trade', scope: 'bonded-zone', period: '2020', deadline: '2020-12-31', value: 500, multiplier: 9 })
  const actual2020 = getObservation('bonded-zone-trade-2020')

  it('gives no verdict: comparability unknown, met null, undetermined rather than met', () => {
    expect(actual2020.coverage).toBe('unstated')
    const assessed = assessTarget(bondedTarget, { on: '2021-06-30', actual: actual2020 })
    expect([assessed.outcome, assessed.comparability, assessed.gap?.met, assessed.gap?.actual, assessed.breaks]).toEqual(['undetermined', 'unknown', null, 549.17, []])
  })

  it('judges the same figure with its coverage stated', () => {
    const stated = { ...actual2020, coverage: 'with-shuangliu' as const }
    const assessed = assessTarget(bondedTarget, { on: '2021-06-30', actual: stated })
    expect([assessed.outcome, assessed.comparability, assessed.gap?.met]).toEqual(['met', 'comparable', true])
  })

  it('is comparable for the zone itself and for a caller’s number', () => {
    expect(assessTarget('gdp-target-2021', { on: '2024-01-01' }).comparability).toBe('comparable')
    expect(assessTarget(bondedTarget, { on: '2021-06-30', actual: 600 }).comparability).toBe('comparable')
  })

  it('grows a pending target from no level of unknown footing', () => {
    // The 2019 level (unstated) is the only one before 2020: no required growth from it.
    const pending = assessTarget(bondedTarget, { on: '2020-06-30' })
    expect([pending.outcome, pending.requiredGrowth, pending.comparability]).toEqual(['pending', null, 'comparable'])
  })
})

describe('assessTarget of a count at multiplier 0 (REPORT8 §7)', () => {
  it('refuses a fraction of hospitals as the actual with NOT_INTEGER naming options.actual', () => {
    expect(() => assessTarget('tertiary-hospitals-2024', { on: '2024-12-31', actual: 9.5 })).toThrow(expect.objectContaining({ code: 'NOT_INTEGER', input: 'options.actual' }))
    expect(assessTarget('tertiary-hospitals-2024', { on: '2024-12-31', actual: 10 }).outcome).toBe('met')
  })
})
