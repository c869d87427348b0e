import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fractionToPercent } from '../../src/units/fractionToPercent.js'
import { percentToFraction } from '../../src/units/percentToFraction.js'

describe('fractionToPercent', () => {
  it.each([
    { fraction: 0.57, percent: '57' },
    { fraction: 0.061, percent: '6.1' },
    { fraction: 0.00015, percent: '0.015' },
    { fraction: -0.023, percent: '-2.3' },
    { fraction: 1, percent: '100' },
    { fraction: '0.0600', percent: '6' },
  ])('turns $fraction into $percent %', ({ fraction, percent }) => {
    expect(fractionToPercent(fraction)).toBe(percent)
  })

  it.each([Number.NaN, Number.POSITIVE_INFINITY, 'half'])('refuses %s naming fraction', (fraction) => {
    expect(() => fractionToPercent(fraction)).toThrow(expect.objectContaining({ input: 'fraction' }))
  })

  it('inverts percentToFraction exactly for any finite number, read at 15 significant digits', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (percent) => {
        expect(Number(fractionToPercent(percentToFraction(percent)))).toBe(percent === 0 ? 0 : Number(percent.toPrecision(15)))
      }),
      { numRuns: 2000 },
    )
  })
})
