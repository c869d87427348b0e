import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { periodElapsed } from '../../src/targets/periodElapsed.js'
import { target } from '../growth/_observation.js'

describe('periodElapsed', () => {
  it.each([
    { date: '2020-12-31', share: '0.000', why: 'before the period' },
    { date: '2021-01-01', share: '0.003', why: 'its first day, passed' },
    { date: '2021-06-30', share: '0.496', why: 'mid-year' },
    { date: '2021-09-30', share: '0.748', why: 'the end of Q3: 273 of 365 days' },
    { date: '2021-12-31', share: '1.000', why: 'the deadline' },
    { date: '2022-06-01', share: '1.000', why: 'after the deadline' },
  ])('is $share on $date ($why)', ({ date, share }) => {
    expect(periodElapsed('gdp-target-2021', date).toFixed(3)).toBe(share)
  })

  it('runs to a deadline the source sets before the period ends', () => {
    expect(periodElapsed(target({ deadline: '2021-06-30' }), '2021-06-30')).toBe(1)
  })

  it('is a share from 0 to 1 for any valid day', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(1990, 0, 1), max: new Date(2090, 0, 1), noInvalidDate: true }), (date) => {
        const share = periodElapsed('gdp-target-2021', date)
        expect(share >= 0 && share <= 1).toBe(true)
      }),
      { numRuns: 1000 },
    )
  })

  it.each([['2021-13-01'], [''], [new Date(Number.NaN)]])('refuses %j with INVALID_DATE naming date', (date) => {
    expect(() => periodElapsed('gdp-target-2021', date)).toThrow(expect.objectContaining({ code: 'INVALID_DATE', input: 'date' }))
  })
})
