import { describe, expect, it } from 'vitest'
import { daysLeft } from '../../src/targets/daysLeft.js'

describe('daysLeft', () => {
  it.each([
    { date: '2024-01-01', days: 365, why: 'the first day of a leap year' },
    { date: '2024-12-01', days: 30, why: 'a month before' },
    { date: '2024-12-31', days: 0, why: 'the deadline itself' },
    { date: '2025-01-02', days: -2, why: 'after the deadline' },
    { date: '2024-12-30T23:59:59', days: 1, why: 'late on the day before (calendar days, not 24 h spans)' },
  ])('counts $days days from $date ($why)', ({ date, days }) => {
    expect(daysLeft('talent-apartments-raised-2024', date)).toBe(days)
  })

  it('accepts a Date, an instant whose calendar day is taken in Beijing', () => {
    expect(daysLeft('talent-apartments-raised-2024', new Date('2024-12-21T18:00:00+08:00'))).toBe(10)
    expect(daysLeft('talent-apartments-raised-2024', new Date('2024-12-21T18:00:00Z'))).toBe(9)
  })

  it.each([['2024-02-30'], ['soon'], [new Date(Number.NaN)]])('refuses %j with INVALID_DATE naming date', (date) => {
    expect(() => daysLeft('talent-apartments-raised-2024', date)).toThrow(expect.objectContaining({ code: 'INVALID_DATE', input: 'date' }))
  })

  it('refuses an unknown target with UNKNOWN_ID naming target', () => {
    expect(() => daysLeft('x' as 'gdp-target-2021', '2024-01-01')).toThrow(expect.objectContaining({ code: 'UNKNOWN_ID', input: 'target' }))
  })
})
