import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { getTarget } from '../../src/query/getTarget.js'
import { requiredGrowth } from '../../src/targets/requiredGrowth.js'
import { daysLeft } from '../../src/targets/daysLeft.js'
import { dayNumber } from '../../src/time/dayNumber.js'
import { localNoon } from '../../src/time/localNoon.js'
import { periodBounds } from '../../src/time/periodBounds.js'

const MS_PER_DAY = 86_400_000
// Any calendar day of the years 0000–9999, written YYYY-MM-DD.
const anyDay = fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10))

describe('day arithmetic in every year 0000–9999', () => {
  it('numbers each day as ISO date parsing does (Date.UTC would read years 0–99 as 1900–1999)', () => {
    fc.assert(fc.property(anyDay, (day) => dayNumber(day) * MS_PER_DAY === Date.parse(day)))
    expect(dayNumber('0050-06-15') - dayNumber('1950-06-15')).toBe(-(Date.parse('1950-06-15') - Date.parse('0050-06-15')) / MS_PER_DAY)
  })

  it('gives February 29 to the leap years of the first century too', () => {
    expect(periodBounds('0000-02/0000-02').end).toBe('0000-02-29')
    expect(periodBounds('0004-02/0004-02').end).toBe('0004-02-29')
    expect(periodBounds('0100-02/0100-02').end).toBe('0100-02-28')
    expect(periodBounds('0099-02/0099-02').end).toBe('0099-02-28')
  })

  it('keeps the year of a local noon', () => {
    fc.assert(fc.property(anyDay, (day) => {
      const noon = localNoon(day)
      return noon.getFullYear() === Number(day.slice(0, 4)) && noon.getMonth() === Number(day.slice(5, 7)) - 1 && noon.getDate() === Number(day.slice(8, 10)) && noon.getHours() === 12
    }))
  })

  it('counts days left and years to go from a day of the first century', () => {
    const deadline = getTarget('gdp-target-2021').deadline
    expect(daysLeft('gdp-target-2021', '0050-06-15')).toBe((Date.parse(deadline) - Date.parse('0050-06-15')) / MS_PER_DAY)
    const target = getTarget('chip-display-terminal-output-2025')
    const years = requiredGrowth(target, 5000, { from: '0023-12-31' }).years
    expect(years).toBeCloseTo(Number(target.deadline.slice(0, 4)) - 23, 2)
  })
})
