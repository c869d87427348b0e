import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cagr } from '../../src/growth/cagr.js'
import { observation } from './_observation.js'

describe('cagr with numbers', () => {
  it.each([
    { first: 100, last: 121, years: 2, percent: '10.00', why: 'two years of 10 %' },
    { first: 2800.6, last: 3201.2, years: 2, percent: '6.91', why: 'GDP 2021 to 2023' },
    { first: 433.01, last: 549.17, years: 1, percent: '26.83', why: 'one year equals the growth rate' },
    { first: 50, last: 50, years: 7, percent: '0.00', why: 'no change' },
    { first: 200, last: 50, years: 2, percent: '-50.00', why: 'a fall' },
  ])('gives $percent % a year from $first to $last in $years years ($why)', ({ first, last, years, percent }) => {
    expect(cagr(first, last, years).toFixed(2)).toBe(percent)
  })

  it.each([
    { first: 0, last: 1, years: 1, code: 'NOT_POSITIVE', input: 'first' },
    { first: -1, last: 1, years: 1, code: 'NOT_POSITIVE', input: 'first' },
    { first: 1, last: 0, years: 1, code: 'NOT_POSITIVE', input: 'last' },
    { first: Number.NaN, last: 1, years: 1, code: 'NOT_FINITE', input: 'first' },
    { first: 1, last: Number.POSITIVE_INFINITY, years: 1, code: 'NOT_FINITE', input: 'last' },
    { first: 1, last: 2, years: 1.5, code: 'NOT_INTEGER', input: 'years' },
    { first: 1, last: 2, years: 0, code: 'NOT_POSITIVE', input: 'years' },
    { first: 1, last: 2, years: -2, code: 'NOT_POSITIVE', input: 'years' },
    { first: 1, last: 2, years: Number.NaN, code: 'NOT_FINITE', input: 'years' },
    { first: 1e-308, last: 1e308, years: 1, code: 'NOT_FINITE', input: 'first' },
  ])('refuses first $first, last $last, years $years with $code naming $input', ({ first, last, years, code, input }) => {
    expect(() => cagr(first, last, years)).toThrow(expect.objectContaining({ code, input }))
  })

  it('compounds back to the last value for any valid input', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), fc.double({ min: 1e-3, max: 1e6, noNaN: true }), fc.integer({ min: 1, max: 50 }), (first, last, years) => {
        const rate = cagr(first, last, years)
        expect(Number.isFinite(rate)).toBe(true)
        expect(first * (1 + rate / 100) ** years).toBeCloseTo(last, 6)
      }),
      { numRuns: 2000 },
    )
  })

  it('throws NOT_INTEGER naming years for any fractional number of years', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((years) => !Number.isInteger(years)), (years) => {
        expect(() => cagr(1, 2, years)).toThrow(expect.objectContaining({ code: 'NOT_INTEGER', input: 'years' }))
      }),
      { numRuns: 1000 },
    )
  })
})

describe('cagr with observations', () => {
  const gdp2021 = observation({ period: '2021', value: 2800.6 })
  const gdp2023 = observation()

  it('takes the years from the periods', () => {
    const result = cagr(gdp2021, gdp2023)
    expect(result.percent.toFixed(2)).toBe('6.91')
    expect(result).toMatchObject({ bound: 'exact', basis: 'nominal' })
  })

  it('accepts years that agree with the periods', () => {
    expect(cagr(gdp2021, gdp2023, 2).percent.toFixed(2)).toBe('6.91')
  })

  it('marks the rate an upper bound when the first value is a lower bound (GDP 2020: 突破2400)', () => {
    const gdp2020 = observation({ period: '2020', value: 2400, decimals: 0, bound: 'lower' })
    expect(cagr(gdp2020, gdp2023)).toMatchObject({ bound: 'upper' })
  })

  it.each([
    { why: 'years that disagree with the periods', years: 3, first: {}, code: 'INVALID_ARGUMENT', input: 'years' },
    { why: 'fractional years', years: 2.5, first: {}, code: 'NOT_INTEGER', input: 'years' },
    { why: 'another scope', years: undefined, first: { scope: 'chengdu' }, code: 'SCOPE_MISMATCH', input: 'first.scope' },
    { why: 'a first period after the last', years: undefined, first: { period: '2024' }, code: 'INVALID_PERIOD', input: 'first.period' },
    { why: 'a zero first value', years: undefined, first: { value: 0 }, code: 'NOT_POSITIVE', input: 'first.value' },
  ])('refuses $why with $code naming $input', ({ years, first, code, input }) => {
    expect(() => cagr(observation({ period: '2021', value: 2800.6, ...first }), gdp2023, years)).toThrow(
      expect.objectContaining({ code, input }),
    )
  })
})
