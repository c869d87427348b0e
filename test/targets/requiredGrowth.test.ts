import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { getObservation } from '../../src/query/getObservation.js'
import { requiredGrowth } from '../../src/targets/requiredGrowth.js'
import { observation, target } from '../growth/_observation.js'

describe('requiredGrowth', () => {
  it('gives the yearly rate from a number of the year before, by default', () => {
    const needed = requiredGrowth(target({ period: '2024', deadline: '2024-12-31', value: 3400 }), 3201.2)
    expect([needed.years, needed.percentPerYear.toFixed(2), needed.totalPercent.toFixed(2), needed.bound]).toEqual([1, '6.21', '6.21', 'exact'])
  })

  it('compounds over the years to a later deadline (芯屏端 6200 by 2025)', () => {
    const needed = requiredGrowth('chip-display-terminal-output-2025', 5000, { from: '2023-12-31' })
    expect([needed.years, needed.percentPerYear.toFixed(2), needed.totalPercent.toFixed(2)]).toEqual([2, '11.36', '24.00'])
  })

  it('takes the day from an observation’s period (GDP 2021 from 2020’s lower bound: an upper bound on the need)', () => {
    const needed = requiredGrowth('gdp-target-2021', getObservation('gdp-2020'))
    expect([needed.years, needed.percentPerYear.toFixed(2), needed.bound]).toEqual([1, '8.33', 'upper'])
  })

  it('counts a fraction of a year for a stock from a day', () => {
    const stock = target({ indicator: 'high-tech-enterprises', unit: 'count', multiplier: 0, value: 5000, period: '2024', deadline: '2024-12-31' })
    const current = getObservation('high-tech-enterprises-2024-02-22')
    const needed = requiredGrowth(stock, current)
    expect(needed.years.toFixed(3)).toBe('0.858')
    expect(needed.totalPercent.toFixed(2)).toBe('4.58')
  })

  it('is negative when the value already passes the target', () => {
    expect(requiredGrowth('gdp-target-2021', 2800.6).percentPerYear).toBeLessThan(0)
  })

  it.each([
    { why: 'a growth target', record: 'gdp-growth-target-2021', current: 1, options: {}, code: 'INVALID_ARGUMENT', input: 'target.measure' },
    { why: 'a zero current value', record: 'gdp-target-2021', current: 0, options: {}, code: 'NOT_POSITIVE', input: 'current' },
    { why: 'a NaN current value', record: 'gdp-target-2021', current: Number.NaN, options: {}, code: 'NOT_FINITE', input: 'current' },
    { why: 'a target of zero', record: target({ value: 0 }), current: 5, options: {}, code: 'NOT_POSITIVE', input: 'target.value' },
    { why: 'a day after the deadline', record: 'gdp-target-2021', current: 5, options: { from: '2022-01-01' }, code: 'INVALID_PERIOD', input: 'options.from' },
    { why: 'an invalid day', record: 'gdp-target-2021', current: 5, options: { from: '2021-02-30' }, code: 'INVALID_DATE', input: 'options.from' },
    { why: 'a flow over a shorter period', record: 'gdp-target-2021', current: getObservation('gdp-2021-01-2021-09'), options: {}, code: 'INVALID_PERIOD', input: 'current.period' },
    { why: 'a flow of the target’s own period', record: 'gdp-target-2021', current: getObservation('gdp-2021'), options: {}, code: 'INVALID_PERIOD', input: 'current.period' },
    { why: 'a zero level', record: 'gdp-target-2021', current: observation({ period: '2020', value: 0 }), options: {}, code: 'NOT_POSITIVE', input: 'current.value' },
    { why: 'another scope', record: 'gdp-target-2021', current: observation({ period: '2020', scope: 'chengdu' }), options: {}, code: 'SCOPE_MISMATCH', input: 'current.scope' },
    { why: 'an unknown target', record: 'nope', current: 1, options: {}, code: 'UNKNOWN_ID', input: 'target' },
  ] as { why: string; record: Parameters<typeof requiredGrowth>[0]; current: Parameters<typeof requiredGrowth>[1]; options: object; code: string; input: string }[])(
    'refuses $why with $code naming $input',
    ({ record, current, options, code, input }) => {
      expect(() => requiredGrowth(record, current, options)).toThrow(expect.objectContaining({ code, input }))
    },
  )
})

describe('requiredGrowth on any input', () => {
  it('returns finite rates for any positive finite current value, or throws NOT_FINITE naming current', () => {
    fc.assert(
      fc.property(fc.double({ min: Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }), (current) => {
        try {
          const needed = requiredGrowth('chip-display-terminal-output-2025', current, { from: '2023-12-31' })
          expect([needed.percentPerYear, needed.totalPercent, needed.years].every(Number.isFinite)).toBe(true)
        } catch (error) {
          expect(error).toMatchObject({ code: 'NOT_FINITE', input: 'current' })
        }
      }),
      { numRuns: 2000 },
    )
  })
})

describe('requiredGrowth across breaks in series', () => {
  it('refuses a growth from a figure on another footing (2013 产业增加值, before the rename and the area changes)', () => {
    expect(() => requiredGrowth('gdp-target-2020', getObservation('gdp-2013'))).toThrow(expect.objectContaining({ code: 'BREAK_IN_SERIES', input: 'current' }))
    expect(() => requiredGrowth('gdp-target-2020', getObservation('gdp-2013'))).toThrow(/gdp-renamed-2017/)
  })
})

describe('requiredGrowth from a number dated before a break', () => {
  it('refuses a start on the old footing, by options.from or by default (the day before the period)', () => {
    expect(() => requiredGrowth('gdp-target-2020', 1385, { from: '2016-12-31' })).toThrow(expect.objectContaining({ code: 'BREAK_IN_SERIES', input: 'options.from' }))
    // The day before 2020 lies before gdp-area-2020 (from 2020-01-01).
    expect(() => requiredGrowth('gdp-target-2020', 2000)).toThrow(expect.objectContaining({ code: 'BREAK_IN_SERIES', input: 'options.from' }))
    expect(requiredGrowth('gdp-target-2021', 2400).years).toBe(1)
  })
})

describe('requiredGrowth from a figure that leaves its coverage unstated', () => {
  const bondedTarget = target({ indicator: 'foreign-trade', scope: 'bonded-zone', period: '2020', deadline: '2020-12-31', value: 500, multiplier: 9 })

  it('refuses with COMPARABILITY_UNKNOWN naming current.coverage: the target is read on its footing, which is unknown', () => {
    expect(() => requiredGrowth(bondedTarget, getObservation('bonded-zone-trade-2019'))).toThrow(
      expect.objectContaining({ name: 'CdhtDataError', code: 'COMPARABILITY_UNKNOWN', input: 'current.coverage' }),
    )
  })

  it('grows from the same figure with its coverage stated, or from a number', () => {
    const stated = { ...getObservation('bonded-zone-trade-2019'), coverage: 'with-shuangliu' as const }
    expect(requiredGrowth(bondedTarget, stated).percentPerYear.toFixed(2)).toBe('15.47')
    expect(requiredGrowth(bondedTarget, 433.01).percentPerYear.toFixed(2)).toBe('15.47')
  })
})

describe('requiredGrowth only where a yearly rate means something', () => {
  it('refuses a percentage target: compound growth of a rate is no measure (20% to 30% is +10 points)', () => {
    expect(() => requiredGrowth('no-application-policy-rate-2024', 20)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', input: 'target', message: expect.stringContaining('percentage points') as string }) as Error,
    )
  })

  it('refuses a start less than a month before the deadline, naming options.from (it gave 2.49e37% a year)', () => {
    for (const current of [1, 8]) {
      expect(() => requiredGrowth('tertiary-hospitals-2024', current, { from: '2024-12-30' })).toThrow(
        expect.objectContaining({ code: 'INVALID_PERIOD', input: 'options.from' }) as Error,
      )
    }
    // A month and a day (November 30 to December 31) is span enough.
    expect(requiredGrowth('tertiary-hospitals-2024', 8, { from: '2024-11-30' }).years).toBeCloseTo(1 / 12 + 1 / 365.25, 6)
  })
})

describe('requiredGrowth from a count at multiplier 0', () => {
  it('refuses a fraction of hospitals with NOT_INTEGER naming current, and takes a whole number', () => {
    expect(() => requiredGrowth('tertiary-hospitals-2024', 8.5, { from: '2024-01-01' })).toThrow(expect.objectContaining({ code: 'NOT_INTEGER', input: 'current' }))
    expect(requiredGrowth('tertiary-hospitals-2024', 8, { from: '2024-01-01' }).totalPercent).toBe(25)
  })
})
