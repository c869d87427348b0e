import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { observationSeries } from '../../src/query/observationSeries.js'
import { citedSources } from '../../src/_internal/citedSources.js'
import { sources } from '../../src/data/collections.js'
import { asOf } from '../../src/query/asOf.js'
import type { DatasetView } from '../../src/query/datasetView.js'
import { calendarDay } from '../../src/time/calendarDay.js'
import { lastPublishedDay } from '../../src/time/lastPublishedDay.js'

const COLLECTIONS = ['sources', 'indicators', 'observations', 'targets', 'zones', 'industries', 'chains', 'parks', 'projects', 'plan', 'facts', 'breaks'] as const

// Which collection each reference field points into.
const REFERENCES: Readonly<Record<string, readonly (readonly [string, (typeof COLLECTIONS)[number]])[]>> = {
  observations: [['indicator', 'indicators'], ['scope', 'zones'], ['supersedes', 'observations']],
  targets: [['indicator', 'indicators'], ['scope', 'zones']],
  zones: [['partOf', 'zones'], ['builtBy', 'zones']],
  parks: [['industry', 'industries']],
  projects: [['industry', 'industries']],
  plan: [['parent', 'plan']],
  breaks: [['indicator', 'indicators'], ['scope', 'zones'], ['evidence', 'observations']],
}

// The oracle, written apart from the library's rule: a source's own date (its last day), or, undated, the day its figures were released.
const publishedOn = new Map<string, string>(
  sources.flatMap((source) => {
    if (source.published !== null) return [[source.id, lastPublishedDay(source.published)] as const]
    return source.released === undefined ? [] : [[source.id, source.released.on] as const]
  }),
)

function dayAround(day: string, shift: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + shift)
  return date.toISOString().slice(0, 10)
}

const publicationDays = [...new Set(publishedOn.values())]
const edgeDays = publicationDays.flatMap((day) => [dayAround(day, -1), day, dayAround(day, 1)])

/** Every broken promise of a view seen on a day: a late source cited, a dangling reference. */
function problemsOf(view: DatasetView, day: string): string[] {
  const problems: string[] = []
  const held = Object.fromEntries(COLLECTIONS.map((name) => [name, new Set(view[name].map((record) => record.id as string))]))
  for (const name of COLLECTIONS) {
    for (const record of view[name] as readonly { id: string; source?: string }[]) {
      const cited = name === 'sources' ? [record.id] : citedSources(record)
      for (const source of cited) {
        const published = publishedOn.get(source)
        if (published === undefined || published > day) problems.push(`${name}/${record.id} cites ${source} (${published ?? 'undated'})`)
        if (!held.sources!.has(source)) problems.push(`${name}/${record.id} cites ${source}, not in the view`)
      }
      for (const [field, target] of REFERENCES[name] ?? []) {
        const value = (record as unknown as Record<string, unknown>)[field]
        for (const id of value === undefined ? [] : Array.isArray(value) ? value : [value]) {
          if (!held[target]!.has(id as string)) problems.push(`${name}/${record.id}.${field} → ${String(id)} not in the view`)
        }
      }
    }
  }
  return problems
}

describe('asOf views never leak', () => {
  // First, so that no view it asks for is cached yet.
  it('builds a new view and its index by filtering, with no sort', () => {
    observationSeries('gdp', { dataset: asOf('2018-12-31') })
    const sort = vi.spyOn(Array.prototype, 'sort')
    try {
      const view = asOf('2021-03-12')
      expect(observationSeries('gdp', { dataset: view }).map((o) => o.period)).toEqual(['2013', '2014-01/2014-06', '2014', '2016', '2017', '2018', '2019-01/2019-06', '2019', '2020-01/2020-06', '2020'])
      expect(sort).not.toHaveBeenCalled()
    } finally {
      sort.mockRestore()
    }
  })

  it.each(edgeDays)('on %s (a publication day, or the day before or after)', (day) => {
    expect(problemsOf(asOf(day), day)).toEqual([])
  })

  it('on any day: only sources published by then, and every reference resolves within the view', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true }), (date) => {
        expect(problemsOf(asOf(date), calendarDay(date, 'date'))).toEqual([])
      }),
      { numRuns: 500 },
    )
  })

  it('grows with the day: a later view holds every record of an earlier one, except zones reduced to what was known', () => {
    const days = [...edgeDays].sort()
    for (const [earlier, later] of days.slice(1).map((day, at) => [asOf(days[at]!), asOf(day)] as const)) {
      for (const name of COLLECTIONS.filter((collection) => collection !== 'zones')) {
        const ids = new Set(later[name].map((record) => record.id as string))
        expect(earlier[name].filter((record) => !ids.has(record.id)).map((record) => record.id)).toEqual([])
      }
    }
  })

  it('builds only as many views as there are publication days', () => {
    const views = new Set(edgeDays.map((day) => asOf(day)))
    expect(views.size).toBeLessThanOrEqual(publicationDays.length + 1)
  })
})
