import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { comparePeriods } from '../../src/time/comparePeriods.js'
import { periodBounds } from '../../src/time/periodBounds.js'
import { periodKey } from '../../src/time/periodKey.js'

describe('comparePeriods and periodKey', () => {
  it('orders by last day, then first day', () => {
    const periods = ['2022', '2021', '2021-01/2021-09', '2021-09-30', '2020-07/2021-12']
    expect([...periods].sort(comparePeriods)).toEqual(['2021-01/2021-09', '2021-09-30', '2020-07/2021-12', '2021', '2022'])
  })

  it('sorts keys as strings exactly as the comparison orders periods', () => {
    const period = fc.oneof(
      fc.integer({ min: 2000, max: 2030 }).map(String),
      fc.tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    )
    fc.assert(
      fc.property(period, period, (a, b) => {
        const [ba, bb] = [periodBounds(a), periodBounds(b)]
        const expected = ba.end < bb.end || (ba.end === bb.end && ba.start < bb.start) ? -1 : ba.end === bb.end && ba.start === bb.start ? 0 : 1
        expect(Math.sign(comparePeriods(a, b))).toBe(expected)
        expect(Math.sign(periodKey(a).localeCompare(periodKey(b)))).toBe(expected)
      }),
    )
  })
})
