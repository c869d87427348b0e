import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { sources, zones } from '../../src/data/collections.js'
import type { Dataset } from '../../src/export/types.js'
import { asOf } from '../../src/query/asOf.js'
import { findObservation } from '../../src/query/findObservation.js'
import { getSource } from '../../src/query/getSource.js'
import { observationSeries } from '../../src/query/observationSeries.js'
import { lastPublishedDay } from '../../src/time/lastPublishedDay.js'

const ids = (records: readonly { id: string }[]): string[] => records.map((record) => record.id)

describe('asOf', () => {
  it('leaves out what was published after the day: 2023 GDP appeared on 2024-02-23', () => {
    expect(findObservation('gdp', '2023', { dataset: asOf('2024-02-22') })).toBeUndefined()
    expect(findObservation('gdp', '2023', { dataset: asOf('2024-02-23') })?.value).toBe(3201.2)
  })

  it('takes the calendar day of an instant in Beijing, whatever the host zone', () => {
    // 2023-02-19T16:30Z is 2023-02-20 00:30 in Beijing, the day kcb-daily-2023-02-20 appeared.
    expect(findObservation('gdp', '2022', { dataset: asOf(new Date('2023-02-19T16:30:00Z')) })?.value).toBe(3015.8)
    expect(findObservation('gdp', '2022', { dataset: asOf('2023-02-20T00:30:00+08:00') })?.value).toBe(3015.8)
    expect(findObservation('gdp', '2022', { dataset: asOf(new Date('2023-02-19T15:59:59Z')) })).toBeUndefined()
    expect(findObservation('gdp', '2022', { dataset: asOf('2023-02-20T23:59') })?.value).toBe(3015.8)
    expect(findObservation('gdp', '2022', { dataset: asOf('2023-02-19') })).toBeUndefined()
  })

  it('treats a Date from another realm as a date', () => {
    const foreign = runInNewContext('new Date("2024-02-23T12:00:00+08:00")') as Date
    expect(foreign instanceof Date).toBe(false)
    expect(asOf(foreign)).toBe(asOf('2024-02-23'))
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
    expect(lastPublishedDay(published)).toBe(day)
  })

  it('never includes a source with neither a date nor a release day, nor its figures', () => {
    const undated: string[] = sources.filter((source) => source.published === null && source.released === undefined).map((source) => source.id)
    expect(undated).toEqual(['chengdu-customs-bonded-zone-2020'])
    const view = asOf('2100-01-01')
    expect(ids(view.sources).filter((id) => undated.includes(id))).toEqual([])
    expect(view.observations.filter((o) => undated.includes(o.source))).toEqual([])
    expect(findObservation('foreign-trade', '2020', { scope: 'bonded-zone', dataset: view })).toBeUndefined()
    expect(findObservation('foreign-trade', '2020', { scope: 'bonded-zone' })?.value).toBe(549.17)
  })

  it('shows an undated reprint from the day its figures were released: 2021 GDP, released by the zone on 2022-01-28', () => {
    expect(getSource('chuanguan-cdht-2021-results').published).toBeNull()
    expect(findObservation('gdp', '2021', { dataset: asOf('2022-01-27') })).toBeUndefined()
    const view = asOf('2022-01-28')
    expect(view.asOf).toBe('2022-01-28')
    expect(findObservation('gdp', '2021', { dataset: view })?.value).toBe(2800.6)
    expect(ids(view.sources)).toContain('chuanguan-cdht-2021-results')
    // The scope of the 5819 亿 trade figure (zone or bonded zone) is in the view with it.
    expect(ids(view.zones)).toContain('cdht-or-bonded-zone')
    expect(ids(asOf('2022-01-27').zones)).not.toContain('cdht-or-bonded-zone')
  })

  it('gives every day between two publications the same frozen view, dated to the last publication', () => {
    const view = asOf('2024-03-01T10:00')
    expect(asOf('2024-02-23')).toBe(view)
    expect(asOf('2024-03-12')).toBe(view)
    expect(asOf('2024-03-13')).not.toBe(view)
    expect(view.asOf).toBe('2024-02-23')
    // Before the first publication (2013-02-14): the empty view, dated the day before it.
    expect(asOf('2000-01-01').asOf).toBe('2013-02-13')
    expect(asOf('2000-01-01').observations).toEqual([])
    for (const value of Object.values(view)) if (typeof value === 'object' && value !== null) expect(Object.isFrozen(value)).toBe(true)
    expect(Object.isFrozen(view)).toBe(true)
  })

  it('is a Dataset, so exports can take every collection from it', () => {
    const dataset: Dataset = asOf('2024-02-23')
    expect(Object.keys(dataset).sort()).toEqual(['asOf', 'breaks', 'chains', 'facts', 'indicators', 'industries', 'observations', 'parks', 'plan', 'projects', 'sources', 'targets', 'zones'])
  })

  it('drops what only the 2024 report states: the key zones focus, chains, facts, plan', () => {
    const view = asOf('2020-01-01')
    expect([view.chains, view.facts, view.plan, view.projects, view.parks, view.industries]).toEqual([[], [], [], [], [], []])
    expect(view.zones.some((zone) => zone.focus !== undefined)).toBe(false)
  })

  it('keeps a zone an older observation is scoped to, with only that observation as its source', () => {
    const view = asOf('2024-01-01')
    const cdht = view.zones.find((zone) => zone.id === 'cdht')
    if (cdht === undefined) throw new Error('the zone itself is missing from the view')
    expect(cdht.source).not.toBe('cdht-work-meeting-2024')
    expect(view.observations.some((o) => o.scope === 'cdht' && o.source === cdht.source && o.passage === cdht.passage)).toBe(true)
    expect(cdht.note).toBeUndefined()
    expect(ids(view.zones)).not.toContain('jiaozi-financial-district')
    // After the 2024 report, the zone is the record itself.
    expect(asOf('2024-02-23').zones.find((zone) => zone.id === 'cdht')).toBe(zones.find((zone) => zone.id === 'cdht'))
  })

  it('keeps an indicator only while a visible observation or target uses it', () => {
    const view = asOf('2021-01-01')
    const used = new Set([...view.observations, ...view.targets].map((record) => record.indicator))
    expect(ids(view.indicators).sort()).toEqual([...used].sort())
    expect(used.has('gdp')).toBe(true)
    // First stated by the 2024 report.
    expect(used.has('digital-economy-services-revenue')).toBe(false)
  })

  it('hands back series built from the view, in period order', () => {
    const series = observationSeries('gdp', { dataset: asOf('2024-02-23') })
    // 2021 comes from a reprint of unknown date, visible from the zone's release of 2022-01-28.
    expect(series.map((o) => o.period)).toEqual([
      '2013', '2014-01/2014-06', '2014', '2016', '2017', '2018', '2019-01/2019-06', '2019', '2020-01/2020-06', '2020', '2021-01/2021-06', '2021-01/2021-09', '2021', '2022', '2023',
    ])
    // A day earlier the 2023 level is not yet published, so the series is one shorter.
    expect(observationSeries('gdp', { dataset: asOf('2024-02-22') }).map((o) => o.period)).toEqual(series.map((o) => o.period).slice(0, -1))
  })

  it.each([['2024-13-01'], ['2023-02-29'], ['yesterday'], [''], [new Date(Number.NaN)], [20240223], [undefined], [null], [{}]])(
    'refuses %j with INVALID_DATE naming date',
    (date) => {
      expect(() => asOf(date as string)).toThrow(expect.objectContaining({ code: 'INVALID_DATE', input: 'date' }))
    },
  )
})
