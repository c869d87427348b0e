import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { rescale } from '../../src/units/rescale.js'
import type { Multiplier } from '../../src/types.js'

describe('rescale', () => {
  it.each([
    { value: 3201.2, from: 8, to: 9, result: '320.12', why: '亿 to billions' },
    { value: 3201.2, from: 8, to: 0, result: '320120000000', why: '亿 to yuan' },
    { value: 1431.4, from: 8, to: 9, result: '143.14', why: 'where 1431.4 / 10 is 143.14000000000001' },
    { value: 3.8, from: 4, to: 0, result: '38000', why: '万 to units' },
    { value: 38000, from: 0, to: 4, result: '3.8', why: 'units to 万' },
    { value: 549.17, from: 9, to: 8, result: '5491.7', why: 'billions to 亿' },
    { value: 1400, from: 8, to: 8, result: '1400', why: 'the same power' },
    { value: -2.5, from: 8, to: 0, result: '-250000000', why: 'a negative value' },
    { value: 0, from: 9, to: 0, result: '0', why: 'zero' },
    { value: 1e21, from: 0, to: 4, result: '100000000000000000', why: 'a number String() writes with an exponent' },
    { value: 1.5e-7, from: 0, to: 0, result: '0.00000015', why: 'a small number String() writes with an exponent' },
    { value: '3201.20', from: 8, to: 9, result: '320.12', why: 'a decimal string with a trailing zero' },
    { value: '.5', from: 4, to: 0, result: '5000', why: 'a decimal string without an integer part' },
    { value: '12e3', from: 0, to: 4, result: '1.2', why: 'a decimal string with an exponent' },
  ] as { value: number | string; from: Multiplier; to: Multiplier; result: string; why: string }[])(
    'turns $value × 10^$from into $result × 10^$to ($why)',
    ({ value, from, to, result }) => {
      expect(rescale(value, from, to)).toBe(result)
    },
  )

  it('takes value and multiplier from a record', () => {
    expect(rescale({ value: 3201.2, multiplier: 8 }, 9)).toBe('320.12')
  })

  it.each([
    { value: Number.NaN, from: 8, to: 0, code: 'NOT_FINITE', input: 'value' },
    { value: Number.POSITIVE_INFINITY, from: 8, to: 0, code: 'NOT_FINITE', input: 'value' },
    { value: 'abc', from: 8, to: 0, code: 'INVALID_ARGUMENT', input: 'value' },
    { value: '', from: 8, to: 0, code: 'INVALID_ARGUMENT', input: 'value' },
    // A space is not part of a number, as in every date and period form.
    { value: ' 1', from: 8, to: 9, code: 'INVALID_ARGUMENT', input: 'value' },
    { value: '12e3 ', from: 0, to: 4, code: 'INVALID_ARGUMENT', input: 'value' },
    { value: '1e999999', from: 8, to: 0, code: 'INVALID_ARGUMENT', input: 'value' },
    { value: 1, from: 3, to: 0, code: 'INVALID_ARGUMENT', input: 'from' },
    { value: 1, from: 8, to: Number.NaN, code: 'INVALID_ARGUMENT', input: 'to' },
  ] as { value: number | string; from: Multiplier; to: Multiplier; code: string; input: string }[])(
    'refuses $value from $from to $to with $code naming $input',
    ({ value, from, to, code, input }) => {
      expect(() => rescale(value, from, to)).toThrow(expect.objectContaining({ code, input }))
    },
  )

  it('is exact: there and back gives the same decimal for any published value', () => {
    const multipliers = fc.constantFrom<Multiplier>(0, 4, 8, 9)
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 4 }), multipliers, multipliers, (scaled, decimals, from, to) => {
        const value = Number((scaled / 10 ** decimals).toFixed(decimals))
        expect(Number(rescale(rescale(value, from, to), to, from))).toBe(value)
      }),
      { numRuns: 2000 },
    )
  })
})
