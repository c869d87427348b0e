import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { growthRate } from '../../src/growth/growthRate.js'
import { impliedPrevious } from '../../src/growth/impliedPrevious.js'
import { getObservation } from '../../src/query/getObservation.js'
import { growth, observation } from './_observation.js'

describe('impliedPrevious with numbers', () => {
  it.each([
    { current: 300.5, percent: 13.3, previous: '265.2', why: 'budget revenue 2023 implies the published 2022 figure' },
    { current: 2800.6, percent: 11.1, previous: '2520.8', why: 'GDP 2021 at +11.1 % (a real rate: not the nominal 2020 level)' },
    { current: 5021, percent: 23.4, previous: '4068.9', why: 'bonded-zone trade 2024' },
    { current: 100, percent: 0, previous: '100.0', why: 'no growth' },
    { current: 50, percent: -50, previous: '100.0', why: 'a halving' },
  ])('gives $previous for $current at $percent % ($why)', ({ current, percent, previous }) => {
    expect(impliedPrevious(current, percent).toFixed(1)).toBe(previous)
  })

  it.each([
    { current: 0, percent: 5, code: 'NOT_POSITIVE', input: 'current' },
    { current: -1, percent: 5, code: 'NOT_POSITIVE', input: 'current' },
    { current: Number.NaN, percent: 5, code: 'NOT_FINITE', input: 'current' },
    { current: 1, percent: Number.NEGATIVE_INFINITY, code: 'NOT_FINITE', input: 'growthPercent' },
    { current: 1, percent: -100, code: 'INVALID_ARGUMENT', input: 'growthPercent' },
    { current: 1, percent: -250, code: 'INVALID_ARGUMENT', input: 'growthPercent' },
    { current: 1e308, percent: -99.9999999, code: 'NOT_FINITE', input: 'growthPercent' },
  ])('refuses $current at $percent % with $code naming $input', ({ current, percent, code, input }) => {
    expect(() => impliedPrevious(current, percent)).toThrow(expect.objectContaining({ code, input }))
  })

  // Within a ratio of 1000 either way: beyond it, 1 + percent / 100 cancels catastrophically
  // (a fall of 99.9999 % keeps few significant digits), which no formula on floats avoids.
  it('inverts growthRate for any valid input within a ratio of 1000', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e9, noNaN: true }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (previous, ratio) => {
        const current = previous * ratio
        const percent = growthRate(current, previous)
        expect(impliedPrevious(current, percent) / previous).toBeCloseTo(1, 9)
      }),
      { numRuns: 2000 },
    )
  })

  it('returns a finite number for any finite valid input, or throws NOT_FINITE naming growthPercent on overflow', () => {
    fc.assert(
      fc.property(fc.double({ min: Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }), fc.double({ min: -99.999999, noNaN: true, noDefaultInfinity: true }), (current, percent) => {
        try {
          expect(Number.isFinite(impliedPrevious(current, percent))).toBe(true)
        } catch (error) {
          expect(error).toMatchObject({ code: 'NOT_FINITE', input: 'growthPercent' })
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('throws NOT_FINITE or NOT_POSITIVE naming current for any current that is not a positive finite number', () => {
    const bad = fc.oneof(fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY), fc.double({ max: 0, noNaN: true }))
    fc.assert(
      fc.property(bad, fc.double({ min: -99, max: 1e6, noNaN: true }), (current, percent) => {
        expect(() => impliedPrevious(current, percent)).toThrow(expect.objectContaining({ input: 'current' }))
      }),
      { numRuns: 1000 },
    )
  })
})

describe('impliedPrevious at 15 significant digits', () => {
  it('gives 3020 for GDP 3201.2 at +6.0 %, not the float 3019.9999999999995', () => {
    expect(3201.2 / 1.06).toBe(3019.9999999999995)
    expect(impliedPrevious(3201.2, 6)).toBe(3020)
    expect(impliedPrevious(getObservation('gdp-2023'), getObservation('gdp-growth-2023')).value).toBe(3020)
  })

  it('never returns more than 15 significant digits', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e12, noNaN: true }), fc.double({ min: -99, max: 1000, noNaN: true }), (current, percent) => {
        const value = impliedPrevious(current, percent)
        expect(Number(value.toPrecision(15))).toBe(value)
      }),
      { numRuns: 1000 },
    )
  })
})

describe('impliedPrevious with observations', () => {
  const revenue = observation({ indicator: 'general-budget-revenue', value: 300.5 })
  const revenueGrowth = (basis: 'real' | 'nominal' | 'unspecified', overrides = {}) =>
    growth(13.3, basis, { indicator: 'general-budget-revenue', ...overrides })

  it('implies 265.2 from 300.5 at +13.3 %, in the level’s unit, without a warning for a nominal growth', () => {
    const result = impliedPrevious(revenue, revenueGrowth('nominal'))
    expect(result.value.toFixed(1)).toBe('265.2')
    expect(result).toMatchObject({ unit: 'CNY', multiplier: 8, bound: 'exact', basis: 'nominal', warnings: [] })
  })

  it('warns that a real growth of a yuan level does not imply the published previous level (GDP)', () => {
    const result = impliedPrevious(observation(), growth(6, 'real'))
    expect(result.value.toFixed(1)).toBe('3020.0')
    expect(result.warnings.map((warning) => warning.code)).toEqual(['REAL_VS_NOMINAL'])
    expect(result.warnings[0]!.message).toContain('6.0%')
  })

  it('names the reported growth at its published decimals (6.0%, not 6%)', async () => {
    const { getObservation } = await import('../../src/index.js')
    const result = impliedPrevious(getObservation('gdp-2023'), getObservation('gdp-growth-2023'))
    expect(result.warnings[0]!.message).toContain('the reported 6.0% is real')
  })

  it('warns when the source does not say which prices its growth is in', () => {
    expect(impliedPrevious(revenue, revenueGrowth('unspecified')).warnings.map((warning) => warning.code)).toEqual(['BASIS_UNSPECIFIED'])
  })

  it('does not warn about prices for counts', () => {
    const firms = observation({ indicator: 'high-tech-enterprises', unit: 'count', multiplier: 0, value: 4781, decimals: 0 })
    expect(impliedPrevious(firms, growth(10, 'unspecified', { indicator: 'high-tech-enterprises' })).warnings).toEqual([])
  })

  it.each([
    { why: 'the current level is a lower bound', level: { bound: 'lower' }, rate: {}, bound: 'lower' },
    { why: 'the growth is a lower bound', level: {}, rate: { bound: 'lower' }, bound: 'upper' },
  ])('marks the value $bound when $why', ({ level, rate, bound }) => {
    expect(impliedPrevious(observation({ indicator: 'general-budget-revenue', value: 300.5, ...level }), revenueGrowth('nominal', rate)).bound).toBe(bound)
  })

  it.each([
    { why: 'both are lower bounds', level: { bound: 'lower' }, rate: { bound: 'lower' }, code: 'INVALID_ARGUMENT', input: 'growth.bound' },
    { why: 'a top-N rank', level: { bound: 'top' }, rate: {}, code: 'INVALID_ARGUMENT', input: 'current.bound' },
    { why: 'a growth of another year', level: {}, rate: { period: '2022' }, code: 'INVALID_PERIOD', input: 'growth.period' },
    { why: 'a growth of another scope', level: {}, rate: { scope: 'chengdu' }, code: 'SCOPE_MISMATCH', input: 'growth.scope' },
    { why: 'a growth of another indicator', level: {}, rate: { indicator: 'gdp' }, code: 'INVALID_ARGUMENT', input: 'growth.indicator' },
    { why: 'a level given as the growth', level: {}, rate: { measure: 'level', basis: undefined }, code: 'INVALID_ARGUMENT', input: 'growth.measure' },
    { why: 'a growth given as the level', level: { measure: 'growth', basis: 'real' }, rate: {}, code: 'INVALID_ARGUMENT', input: 'current.measure' },
    { why: 'a growth of -100 %', level: {}, rate: { value: -100 }, code: 'INVALID_ARGUMENT', input: 'growth.value' },
    { why: 'a zero level', level: { value: 0 }, rate: {}, code: 'NOT_POSITIVE', input: 'current.value' },
  ])('refuses $why with $code naming $input', ({ level, rate, code, input }) => {
    const current = observation({ indicator: 'general-budget-revenue', value: 300.5, ...level })
    expect(() => impliedPrevious(current, revenueGrowth('nominal', rate))).toThrow(expect.objectContaining({ code, input }))
  })
})
