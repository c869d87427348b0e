import { describe, expect, it } from 'vitest'
import { percentToFraction } from '../../src/units/percentToFraction.js'

describe('percentToFraction', () => {
  it.each([
    { percent: 6, fraction: '0.06' },
    { percent: 23.4, fraction: '0.234' },
    { percent: 0.7, fraction: '0.007' },
    { percent: -2.3, fraction: '-0.023' },
    { percent: 100, fraction: '1' },
    { percent: '6.0', fraction: '0.06' },
    { percent: 0, fraction: '0' },
  ])('turns $percent % into $fraction', ({ percent, fraction }) => {
    expect(percentToFraction(percent)).toBe(fraction)
  })

  it.each([Number.NaN, Number.NEGATIVE_INFINITY, '6%'])('refuses %s naming percent', (percent) => {
    expect(() => percentToFraction(percent)).toThrow(expect.objectContaining({ input: 'percent' }))
  })
})
