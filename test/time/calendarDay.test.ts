import { runInNewContext } from 'node:vm'
import { parseISO } from 'date-fns/parseISO'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { asOf } from '../../src/query/asOf.js'
import { assessTarget } from '../../src/targets/assessTarget.js'
import { daysLeft } from '../../src/targets/daysLeft.js'
import { onPace } from '../../src/targets/onPace.js'
import { requiredGrowth } from '../../src/targets/requiredGrowth.js'
import { periodElapsed } from '../../src/targets/periodElapsed.js'
import { calendarDay } from '../../src/time/calendarDay.js'
import { daysBetween } from '../../src/time/daysBetween.js'
import { lastPublishedDay } from '../../src/time/lastPublishedDay.js'
import { previousDay } from '../../src/time/previousDay.js'

// These run under several TZ values (npm run test:tz): every expectation is the same in each.
describe('calendarDay', () => {
  it.each([
    ['2024-12-31', '2024-12-31'],
    ['2024-12-31T23:59', '2024-12-31'],
    ['2024-12-31T23:59:59.999', '2024-12-31'],
    ['2024-12-31T10:00:00+14:00', '2024-12-31'],
    ['2024-12-31T12:00:00-14:00', '2025-01-01'],
    ['2025-01-01T00:30:00+08:00', '2025-01-01'],
    ['2024-12-31T16:30:00Z', '2025-01-01'],
    ['2024-12-31T15:59:59Z', '2024-12-31'],
    ['2024-12-31T10:00:00-08:00', '2025-01-01'],
  ])('reads %s as %s', (value, day) => {
    expect(calendarDay(value, 'date')).toBe(day)
  })

  it('takes the day of a Date in Beijing', () => {
    expect(calendarDay(new Date('2024-12-31T00:00:00Z'), 'date')).toBe('2024-12-31')
    expect(calendarDay(new Date('2024-12-31T16:00:00Z'), 'date')).toBe('2025-01-01')
  })

  it("knows China's summer time of 1986–1991 (UTC+9)", () => {
    expect(calendarDay(new Date('1988-06-01T15:30:00Z'), 'date')).toBe('1988-06-02')
  })

  it('treats a Date from another realm as a date', () => {
    expect(calendarDay(runInNewContext('new Date("2024-12-31T16:00:00Z")'), 'date')).toBe('2025-01-01')
  })

  it('refuses what is not a day, and a forged Date', () => {
    const forged = { [Symbol.toStringTag]: 'Date' }
    for (const value of ['2023-02-29', '2024-13-01', 'soon', '', null, 5, {}, forged, new Date(Number.NaN)]) {
      expect(() => calendarDay(value, 'date')).toThrow(expect.objectContaining({ code: 'INVALID_DATE', input: 'date' }))
    }
  })

  it('takes a date-only day exactly when the calendar has it (as date-fns parses it, for every year 0000–9999)', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0')
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
        const parsed = parseISO(`${date}T00:00Z`)
        const real = !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date
        if (real) expect(calendarDay(date, 'date')).toBe(date)
        else expect(() => calendarDay(date, 'date')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }))
      }),
      { numRuns: 2000 },
    )
    for (const date of ['2024-02-29', '2000-02-29', '0000-02-29', '2023-04-30']) expect(calendarDay(date, 'date')).toBe(date)
    for (const date of ['1900-02-29', '2023-04-31', '2023-00-10', '2023-01-00']) expect(() => calendarDay(date, 'date')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }))
  })

  it.each([
    ['an offset beyond ±14:00', '2024-02-01T00:00:00+99:00'],
    ['a negative offset beyond ±14:00', '2024-02-01T00:00:00-99:59'],
    ['an offset of +14:01', '2024-02-01T00:00:00+14:01'],
    ['an offset with 60 minutes', '2024-02-01T00:00:00+08:60'],
    ['an offset without a colon', '2024-02-01T00:00:00+0800'],
    ['an offset of hours only', '2024-02-01T00:00:00+08'],
    ['an ISO week', '2024-W05'],
    ['an ISO week day', '2024-W05-1'],
    ['an ordinal date', '2024-032'],
    ['the basic form', '20240201'],
    ['a basic date-time', '20240201T120000Z'],
    ['a month', '2024-02'],
    ['a year', '2024'],
    ['a trailing space', '2024-01-01 '],
    ['a leading space', ' 2024-01-01'],
    ['a space for the T', '2024-01-01 12:00'],
    ['a lowercase z', '2024-01-01T12:00z'],
    ['hour 24', '2024-01-01T24:00'],
    ['minute 60', '2024-01-01T12:60'],
    ['a date-time on a day the calendar lacks', '2023-02-29T12:00:00Z'],
    ['a signed year', '+002024-01-01'],
  ])('refuses %s (%s) as INVALID_DATE naming the argument', (_label, value) => {
    expect(() => calendarDay(value, 'options.on')).toThrow(expect.objectContaining({ code: 'INVALID_DATE', input: 'options.on' }))
  })

  it('accepts every day of the calendar in each documented form and reads it back', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const day = date.toISOString().slice(0, 10)
        expect([calendarDay(day, 'date'), calendarDay(`${day}T12:00`, 'date'), calendarDay(`${day}T12:00:00+08:00`, 'date')]).toEqual([day, day, day])
      }),
      { numRuns: 300 },
    )
  })

  it('agrees with the instant for any Date: the Beijing day is the UTC day of the instant plus 8 hours', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1992-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        expect(calendarDay(date, 'date')).toBe(new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 10))
      }),
      { numRuns: 500 },
    )
  })
})

describe('every helper that takes a day refuses the undocumented forms, naming its argument', () => {
  const forms = ['2024-02-01T00:00:00+99:00', '2024-W05', '20240201', '2024-02', '2024-01-01 ']
  it.each([
    ['asOf', (day: string) => asOf(day), 'date'],
    ['daysLeft', (day: string) => daysLeft('gdp-target-2021', day), 'date'],
    ['periodElapsed', (day: string) => periodElapsed('gdp-target-2021', day), 'date'],
    ['onPace', (day: string) => onPace('gdp-target-2021', 2000, day), 'date'],
    ['assessTarget', (day: string) => assessTarget('gdp-target-2021', { on: day }), 'options.on'],
    ['requiredGrowth', (day: string) => requiredGrowth('gdp-target-2021', 2400, { from: day }), 'options.from'],
  ] as const)('%s', (_name, call, input) => {
    for (const day of forms) expect(() => call(day)).toThrow(expect.objectContaining({ code: 'INVALID_DATE', input }))
    // Date.prototype without a time: instanceof Date and the tag say date, getTime says no.
    expect(() => call(Object.create(Date.prototype) as never)).toThrow(expect.objectContaining({ code: 'INVALID_DATE', input }))
    const { proxy, revoke } = Proxy.revocable(new Date(), {})
    revoke()
    expect(() => call(proxy as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', input, message: `${input}: reading it throws` }))
  })
})

describe('the date helpers are the same under any host zone', () => {
  it('daysLeft of the Date 2024-12-31 and of 2025-01-01T00:30+08:00 (issue 11)', () => {
    const target = 'talent-apartments-raised-2024'
    expect(daysLeft(target, new Date('2024-12-31'))).toBe(0)
    expect(daysLeft(target, '2025-01-01T00:30:00+08:00')).toBe(-1)
    expect(daysLeft(target, '2024-12-31')).toBe(0)
  })

  it('periodElapsed of an instant counts its Beijing day', () => {
    expect(periodElapsed('gdp-target-2021', new Date('2021-09-29T16:00:00Z'))).toBe(periodElapsed('gdp-target-2021', '2021-09-30'))
  })
})

describe('day arithmetic', () => {
  it('counts calendar days and finds the day before', () => {
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1)
    expect(daysBetween('2024-01-01', '2024-12-31')).toBe(365)
    expect(previousDay('2024-03-01')).toBe('2024-02-29')
    expect(previousDay('2025-01-01')).toBe('2024-12-31')
  })

  it('reads a partial publication date as its last day', () => {
    expect([lastPublishedDay('2018'), lastPublishedDay('2023-02'), lastPublishedDay('2024-02-23')]).toEqual(['2018-12-31', '2023-02-28', '2024-02-23'])
  })
})
