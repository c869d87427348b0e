import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { getObservation } from '../../src/query/getObservation.js'
import { onPace } from '../../src/targets/onPace.js'
import { observation, target } from '../growth/_observation.js'

describe('onPace', () => {
  it('finds Q1–Q3 2021 GDP (2034.2) on pace for the year’s 2600', () => {
    const pace = onPace('gdp-target-2021', getObservation('gdp-2021-01-2021-09'))
    expect([pace.onPace, pace.progress.toFixed(3), pace.elapsed.toFixed(3), pace.lead.toFixed(3)]).toEqual([true, '0.782', '0.748', '0.034'])
  })

  it.each([
    { actual: 1200, date: '2021-06-30', onPace: false, why: '46 % of the value at 50 % of the year' },
    { actual: 1300, date: '2021-06-30', onPace: true, why: '50 % of the value at 49.6 % of the year' },
    { actual: 2600, date: '2021-12-31', onPace: true, why: 'the value reached at the deadline' },
  ])('says $onPace for $actual on $date ($why)', ({ actual, date, onPace: expected }) => {
    expect(onPace('gdp-target-2021', actual, date).onPace).toBe(expected)
  })

  it('cannot tell for a lower-bound actual behind pace, and can for one ahead', () => {
    const lower = (value: number) => observation({ period: '2021-01/2021-06', value, bound: 'lower' })
    expect(onPace('gdp-target-2021', lower(1000)).onPace).toBeNull()
    expect(onPace('gdp-target-2021', lower(1400)).onPace).toBe(true)
  })

  it.each([
    { why: 'a stock target', record: target({ indicator: 'high-tech-enterprises', unit: 'count', multiplier: 0 }), actual: 1, date: '2021-06-30', code: 'INVALID_ARGUMENT', input: 'target.indicator' },
    { why: 'a growth target', record: 'gdp-growth-target-2021', actual: 1, date: '2021-06-30', code: 'INVALID_ARGUMENT', input: 'target.measure' },
    { why: 'a target of zero', record: target({ value: 0 }), actual: 1, date: '2021-06-30', code: 'NOT_POSITIVE', input: 'target.value' },
    { why: 'a number without its day', record: 'gdp-target-2021', actual: 1, date: undefined, code: 'INVALID_DATE', input: 'date' },
    { why: 'an infinite actual', record: 'gdp-target-2021', actual: Number.POSITIVE_INFINITY, date: '2021-06-30', code: 'NOT_FINITE', input: 'actual' },
    { why: 'a period not starting with the target’s', record: 'gdp-target-2021', actual: observation({ period: '2021-04/2021-09' }), date: undefined, code: 'INVALID_PERIOD', input: 'actual.period' },
    { why: 'a period ending after the deadline', record: 'gdp-target-2021', actual: observation({ period: '2021-01/2022-03' }), date: undefined, code: 'INVALID_PERIOD', input: 'actual.period' },
    { why: 'another scope', record: 'gdp-target-2021', actual: observation({ period: '2021-01/2021-06', scope: 'chengdu' }), date: undefined, code: 'SCOPE_MISMATCH', input: 'actual.scope' },
  ] as { why: string; record: Parameters<typeof onPace>[0]; actual: number; date: string; code: string; input: string }[])(
    'refuses $why with $code naming $input',
    ({ record, actual, date, code, input }) => {
      expect(() => onPace(record, actual, date)).toThrow(expect.objectContaining({ code, input }))
    },
  )
})

describe('onPace on any input', () => {
  it('refuses a negative accumulated flow for a level target, naming actual (GDP so far is never below zero)', () => {
    expect(() => onPace('gdp-target-2021', -5, '2021-06-30')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', input: 'actual' }))
    expect(() => onPace('gdp-target-2021', -5, '2021-06-30')).toThrow('a level of gdp is never negative: -5')
    expect(() => onPace('gdp-target-2021', observation({ period: '2021-01/2021-06', value: -5, decimals: 0 }))).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', input: 'actual.value' }))
    expect(onPace('gdp-target-2021', 0, '2021-06-30').progress).toBe(0)
  })

  it('returns finite shares for any finite non-negative actual and day of the period or after, and refuses a day before it', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e300 }), fc.date({ min: new Date(2000, 0, 1), max: new Date(2040, 0, 1), noInvalidDate: true }), (actual, date) => {
        const day = date.toISOString().slice(0, 10)
        // 2021's target: nothing toward it accrues before 2021 (days taken in Beijing, so a margin).
        if (day < '2020-12-30') {
          expect(() => onPace('gdp-target-2021', actual, date)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', input: 'date' }))
          return
        }
        if (day < '2021-01-02') return
        const pace = onPace('gdp-target-2021', actual, date)
        expect([pace.progress, pace.elapsed, pace.lead].every(Number.isFinite)).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })

  it('refuses a date given with an observation, which carries its own day', () => {
    expect(() => (onPace as (...args: unknown[]) => unknown)('gdp-target-2021', getObservation('gdp-2021-01-2021-09'), '2021-01-01')).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', input: 'date' }),
    )
  })
})

describe('onPace at the deadline of a 突破 (gt) target', () => {
  it('is not on pace with exactly the value: reaching it is not enough', () => {
    expect(onPace('bio-industry-scale-bio-town-2024', 1600, '2024-12-31').onPace).toBe(false)
    expect(onPace('bio-industry-scale-bio-town-2024', 1600.1, '2024-12-31').onPace).toBe(true)
  })
})

describe('onPace of a count at multiplier 0', () => {
  it('refuses a fraction of a cluster with NOT_INTEGER naming actual, and takes a whole one', () => {
    expect(() => onPace('integration-demo-clusters-qingshuihe-2024', 1.5, '2024-06-30')).toThrow(expect.objectContaining({ code: 'NOT_INTEGER', input: 'actual' }))
    expect(onPace('integration-demo-clusters-qingshuihe-2024', 1, '2024-06-30').progress).toBe(0.5)
  })
})
