import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toUnits } from '../../src/units/toUnits.js'
import type { Multiplier } from '../../src/types.js'

describe('toUnits messages say what was given', () => {
  // The report's "toUnits(null, 8) says NaN" was toUnits(NaN, 8): JSON.stringify(NaN) is "null".
  it.each([
    [null, 'null'],
    [Number.NaN, 'NaN'],
  ])('toUnits(%s, 8) says %s', (value, shown) => {
    expect(() => toUnits(value as never, 8)).toThrow(expect.objectContaining({ code: 'NOT_FINITE', input: 'value' }))
    expect(() => toUnits(value as never, 8)).toThrow(new RegExp(`: ${shown}$`))
  })
})

describe('toUnits', () => {
  it.each([
    { value: 3201.2, multiplier: 8, units: 320120000000n, why: 'GDP 2023 in yuan' },
    { value: 4646.4, multiplier: 8, units: 464640000000n, why: 'where 4646.4 * 1e8 is 464639999999.99994' },
    { value: 549.17, multiplier: 9, units: 549170000000n, why: 'billions' },
    { value: 3.8, multiplier: 4, units: 38000n, why: '万' },
    { value: 4781, multiplier: 0, units: 4781n, why: 'units already' },
    { value: -0.5, multiplier: 4, units: -5000n, why: 'a negative value' },
    { value: '12345678901234567.8', multiplier: 4, units: 123456789012345678000n, why: 'a string with more digits than a float holds' },
  ] as { value: number | string; multiplier: Multiplier; units: bigint; why: string }[])('turns $value × 10^$multiplier into $units ($why)', ({ value, multiplier, units }) => {
    expect(toUnits(value, multiplier)).toBe(units)
  })

  it('takes value and multiplier from a record', () => {
    expect(toUnits({ value: 300.5, multiplier: 8 })).toBe(30050000000n)
  })

  it.each([
    { value: 0.5, multiplier: 0, code: 'NOT_INTEGER', input: 'value' },
    { value: 1.23456, multiplier: 4, code: 'NOT_INTEGER', input: 'value' },
    { value: Number.NaN, multiplier: 8, code: 'NOT_FINITE', input: 'value' },
    { value: 'x', multiplier: 8, code: 'INVALID_ARGUMENT', input: 'value' },
    { value: 1, multiplier: 2, code: 'INVALID_ARGUMENT', input: 'multiplier' },
  ] as { value: number | string; multiplier: Multiplier; code: string; input: string }[])(
    'refuses $value × 10^$multiplier with $code naming $input',
    ({ value, multiplier, code, input }) => {
      expect(() => toUnits(value, multiplier)).toThrow(expect.objectContaining({ code, input }))
    },
  )

  it('agrees with integer arithmetic for any value of up to 4 decimals in 亿', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 4 }), (scaled, decimals) => {
        const value = Number((scaled / 10 ** decimals).toFixed(decimals))
        const exact = BigInt(Math.round(value * 10 ** decimals)) * 10n ** BigInt(8 - decimals)
        expect(toUnits(value, 8)).toBe(exact)
      }),
      { numRuns: 2000 },
    )
  })
})
