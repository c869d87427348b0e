import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lastDayOf } from '../../src/_internal/dates.js'
import { observations, sources } from '../../src/data/collections.js'
import { asOf } from '../../src/query/asOf.js'
import { findObservation } from '../../src/query/findObservation.js'
import { getSource } from '../../src/query/getSource.js'

const ids = (records: readonly { id: string }[]): string[] => records.map((record) => record.id)

describe('asOf', () => {
  it('leaves out what was published after the day: 2023 GDP appeared on 2024-02-23', () => {
    expect(findObservation('gdp', '2023', { dataset: asOf('2024-02-22') })).toBeUndefined()
    expect(findObservation('gdp', '2023', { dataset: asOf('2024-02-23') })?.value).toBe(3201.2)
  })

  it('counts a day as known from its start, whatever the time of a Date or ISO string', () => {
    expect(findObservation('gdp', '2022', { dataset: asOf(new Date(2023, 1, 20, 0, 0, 1)) })?.value).toBe(3015.8)
    expect(findObservation('gdp', '2022', { dataset: asOf('2023-02-20T23:59') })?.value).toBe(3015.8)
    expect(findObservation('gdp', '2022', { dataset: asOf('2023-02-19') })).toBeUndefined()
  })

  it('reads a year of publication as its last day', () => {
    expect(ids(asOf('2018-12-30').sources)).not.toContain('china-daily-2018')
    expect(ids(asOf('2018-12-31').sources)).toContain('china-daily-2018')
  })

  it.each([
    { published: '2018', day: '2018-12-31' },
    { published: '2023-02', day: '2023-02-28' },
    { published: '2024-02', day: '2024-02-29' },
    { published: '2024-02-23', day: '2024-02-23' },
  ])('reads the publication date $published as $day', ({ published, day }) => {
    const expected = new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)))
    expect(lastDayOf(published, 'published')).toEqual(expected)
  })

  it('never includes a source of unknown date, nor its figures', () => {
    const undated: string[] = sources.filter((source) => source.published === null).map((source) => source.id)
    expect(undated.length).toBeGreaterThan(0)
    const view = asOf('2100-01-01')
    expect(ids(view.sources).filter((id) => undated.includes(id))).toEqual([])
    expect(view.observations.filter((o) => undated.includes(o.source))).toEqual([])
    expect(findObservation('gdp', '2021', { dataset: view })).toBeUndefined()
    expect(findObservation('gdp', '2021')?.value).toBe(2800.6)
  })

  it('holds, on any day, exactly the records of the sources published by then', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(2012, 0, 1), max: new Date(2026, 0, 1), noInvalidDate: true }), (date) => {
        const inView = new Set(asOf(date).observations)
        const day = new Date(date.getFullYear(), date.getMonth(), date.getDate())
        for (const observation of observations) {
          const published = getSource(observation.source).published
          const known = published !== null && lastDayOf(published, 'published') <= day
          expect(inView.has(observation), observation.id).toBe(known)
        }
      }),
      // Each run builds a whole view (about 7 ms with the 2012-2025 history): 300 days cover the
      // publication dates densely enough, within a budget that holds on a loaded 2-core machine.
      { numRuns: 300 },
    )
  }, 20_000)

  it('returns a frozen view dated to the day', () => {
    const view = asOf('2024-03-01T10:00')
    expect(view.asOf).toBe('2024-03-01')
    expect([Object.isFrozen(view), Object.isFrozen(view.observations), Object.isFrozen(view.sources), Object.isFrozen(view.targets)]).toEqual([true, true, true, true])
  })

  it.each([['2024-13-01'], ['2023-02-29'], ['yesterday'], [''], [new Date(Number.NaN)], [20240223], [undefined]])(
    'refuses %j with INVALID_DATE naming date',
    (date) => {
      expect(() => asOf(date as string)).toThrow(expect.objectContaining({ code: 'INVALID_DATE', input: 'date' }))
    },
  )
})
