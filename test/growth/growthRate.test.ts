import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isCdhtDataError } from '../../src/errors.js'
import { growthRate } from '../../src/growth/growthRate.js'
import { impliedPrevious } from '../../src/growth/impliedPrevious.js'
import { observation } from './_observation.js'

const RUNS = { numRuns: 2000 }

describe('growthRate with numbers', () => {
  it.each([
    { current: 3201.2, previous: 3015.8, percent: '6.15', why: 'GDP 2023 against 2022, current prices' },
    { current: 300.5, previous: 265.2, percent: '13.31', why: 'budget revenue 2023 against 2022' },
    { current: 2800.6, previous: 2400, percent: '16.69', why: 'GDP 2021 against 2020' },
    { current: 100, previous: 100, percent: '0.00', why: 'no change' },
    { current: 0, previous: 5, percent: '-100.00', why: 'a fall to zero' },
  ])('gives $percent % for $current after $previous ($why)', ({ current, previous, percent }) => {
    expect(growthRate(current, previous).toFixed(2)).toBe(percent)
  })

  it.each([
    { current: Number.NaN, previous: 1, code: 'NOT_FINITE', input: 'current' },
    { current: Number.POSITIVE_INFINITY, previous: 1, code: 'NOT_FINITE', input: 'current' },
    { current: 1, previous: Number.NEGATIVE_INFINITY, code: 'NOT_FINITE', input: 'previous' },
    { current: 1, previous: Number.NaN, code: 'NOT_FINITE', input: 'previous' },
    { current: 1, previous: 0, code: 'NOT_POSITIVE', input: 'previous' },
    { current: 1, previous: -3, code: 'NOT_POSITIVE', input: 'previous' },
    // A level is never below zero, as a record's is not (a fall to zero, -100%, is a rate).
    { current: -5, previous: 5, code: 'INVALID_ARGUMENT', input: 'current' },
    { current: -1e-300, previous: 5, code: 'INVALID_ARGUMENT', input: 'current' },
    { current: 1e308, previous: 1e-308, code: 'NOT_FINITE', input: 'previous' },
  ])('refuses $current after $previous with $code naming $input', ({ current, previous, code, input }) => {
    expect(() => growthRate(current, previous)).toThrow(expect.objectContaining({ code, input }))
  })

  it('refuses an observation mixed with a number (untyped callers), saying so rather than "[object Object]"', () => {
    const call = growthRate as unknown as (a: unknown, b: unknown) => unknown
    expect(() => call(observation(), 3015.8)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', input: 'previous' }))
    expect(() => call(observation(), 3015.8)).toThrow('a number, but current is an observation')
    expect(() => call(3201.2, observation({ period: '2022' }))).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', input: 'previous' }))
    expect(() => call(3201.2, observation({ period: '2022' }))).toThrow('an observation, but current is a number')
  })

  it('names a scope that is no id at all as an unknown id, not a mismatch with the other record', () => {
    expect(() => growthRate(observation({ scope: '📈' }), observation({ period: '2022', value: 3015.8 }))).toThrow(expect.objectContaining({ code: 'UNKNOWN_ID', input: 'current.scope' }))
    expect(() => growthRate(observation(), observation({ period: '2022', scope: 'Bonded Zone' }))).toThrow(expect.objectContaining({ code: 'UNKNOWN_ID', input: 'previous.scope' }))
    // A well-formed id the dataset does not have is unknown too (its breaks could not be found); a zone it has is a mismatch.
    expect(() => growthRate(observation(), observation({ period: '2022', scope: 'east' }))).toThrow(expect.objectContaining({ code: 'UNKNOWN_ID', input: 'previous.scope' }))
    expect(() => growthRate(observation(), observation({ period: '2022', scope: 'chengdu' }))).toThrow(expect.objectContaining({ code: 'SCOPE_MISMATCH', input: 'previous.scope' }))
  })

  it('is inverted by impliedPrevious for any finite valid input', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1e9, noNaN: true }),
        fc.double({ min: -99, max: 1000, noNaN: true }),
        (current, percent) => {
          const previous = impliedPrevious(current, percent)
          expect(growthRate(current, previous)).toBeCloseTo(percent, 6)
        },
      ),
      RUNS,
    )
  })

  it('returns a finite number for every finite current at or above zero and positive previous, or throws NOT_FINITE', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }), fc.double({ min: Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }), (current, previous) => {
        try {
          expect(Number.isFinite(growthRate(current, previous))).toBe(true)
        } catch (error) {
          expect(error).toMatchObject({ code: 'NOT_FINITE', input: 'previous' })
        }
      }),
      RUNS,
    )
  })

  it('refuses every current below zero, naming current', () => {
    fc.assert(
      fc.property(fc.double({ max: -Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }), fc.double({ min: Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }), (current, previous) => {
        expect(() => growthRate(current, previous)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', input: 'current' }))
      }),
      RUNS,
    )
  })

  it('throws a CdhtDataError naming the bad argument for any non-finite or non-positive base', () => {
    const bad = fc.oneof(fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0, -0), fc.double({ max: 0, noNaN: true }))
    fc.assert(
      fc.property(fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }), bad, (current, previous) => {
        let caught: unknown
        try {
          growthRate(current, previous)
        } catch (error) {
          caught = error
        }
        expect(isCdhtDataError(caught)).toBe(true)
        expect(caught).toMatchObject({ input: 'previous' })
        expect(['NOT_FINITE', 'NOT_POSITIVE']).toContain((caught as { code: string }).code)
      }),
      RUNS,
    )
  })
})

describe('growthRate with observations', () => {
  const gdp2023 = observation()
  const gdp2022 = observation({ period: '2022', value: 3015.8 })

  it('computes the nominal rate between two yuan levels', () => {
    const result = growthRate(gdp2023, gdp2022)
    expect(result.percent.toFixed(2)).toBe('6.15')
    expect(result).toMatchObject({ bound: 'exact', basis: 'nominal' })
  })

  it('rescales a previous value given in another multiplier', () => {
    const inTenThousands = observation({ period: '2022', value: 30158000, multiplier: 4, decimals: 0 })
    expect(growthRate(gdp2023, inTenThousands).percent.toFixed(2)).toBe('6.15')
  })

  it('leaves the basis unspecified for counts, where prices do not enter', () => {
    const count = (period: string, value: number) => observation({ indicator: 'new-enterprises', unit: 'count', multiplier: 4, period, value })
    expect(growthRate(count('2023', 3.8), count('2022', 3.5)).basis).toBe('unspecified')
  })

  it.each([
    { current: 'lower', previous: 'exact', bound: 'lower', why: 'the true rate is at least the one given' },
    { current: 'exact', previous: 'lower', bound: 'upper', why: 'a larger base means a smaller rate' },
    { current: 'exact', previous: 'exact', bound: 'exact', why: 'both exact' },
  ])('marks the result $bound when current is $current and previous $previous ($why)', ({ current, previous, bound }) => {
    const result = growthRate(observation({ bound: current }), observation({ period: '2022', value: 3015.8, bound: previous }))
    expect(result.bound).toBe(bound)
  })

  it.each([
    { why: 'both values are lower bounds', previous: { bound: 'lower' }, current: { bound: 'lower' }, code: 'INVALID_ARGUMENT', input: 'previous.bound' },
    { why: 'a top-N rank', previous: {}, current: { bound: 'top' }, code: 'INVALID_ARGUMENT', input: 'current.bound' },
    { why: 'another indicator', previous: { indicator: 'digital-services-revenue' }, current: {}, code: 'INVALID_ARGUMENT', input: 'previous.indicator' },
    { why: 'another unit', previous: { unit: 'count' }, current: {}, code: 'UNIT_MISMATCH', input: 'previous.unit' },
    { why: 'another scope', previous: { scope: 'chengdu' }, current: {}, code: 'SCOPE_MISMATCH', input: 'previous.scope' },
    { why: 'a growth, not a level', previous: { measure: 'growth', basis: 'real' }, current: {}, code: 'INVALID_ARGUMENT', input: 'previous.measure' },
    { why: 'a later period', previous: { period: '2024' }, current: {}, code: 'INVALID_PERIOD', input: 'previous.period' },
    { why: 'the same period', previous: { period: '2023' }, current: {}, code: 'INVALID_PERIOD', input: 'previous.period' },
    { why: 'Q1–Q3 against a full year', previous: { period: '2023-01/2023-09' }, current: { period: '2024' }, code: 'INVALID_PERIOD', input: 'previous.period' },
    { why: 'a NaN value', previous: { value: Number.NaN }, current: {}, code: 'NOT_FINITE', input: 'previous.value' },
    { why: 'a zero base', previous: { value: 0 }, current: {}, code: 'NOT_POSITIVE', input: 'previous.value' },
  ])('refuses $why with $code naming $input', ({ previous, current, code, input }) => {
    const later = observation(current)
    const earlier = observation({ period: '2022', value: 3015.8, ...previous })
    expect(() => growthRate(later, earlier)).toThrow(expect.objectContaining({ code, input }))
  })

  it('compares Q1–Q3 with Q1–Q3 of an earlier year', () => {
    const q = (period: string, value: number) => observation({ period, value })
    expect(growthRate(q('2022-01/2022-09', 2200), q('2021-01/2021-09', 2034.2)).percent.toFixed(2)).toBe('8.15')
  })
})
