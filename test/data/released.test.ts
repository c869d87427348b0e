import { describe, expect, it } from 'vitest'
import { heldText, noteSkipWithoutSources, readCollection, sourcesAvailable } from './_sources.js'

// A release day puts an undated source into as-of views: it must be read from the held text, on
// the row that names the source's publisher, never inferred.
noteSkipWithoutSources('the release-day checks')

interface Undated {
  id: string
  published: string | null
  publisher: { zh: string }
  released?: { on: string; passage: string }
}

const undated = readCollection<Undated>('sources').filter((source) => source.published === null)
const rowsNaming = (source: Undated): string[] => heldText(source.id).split('\n').filter((line) => line.includes(source.publisher.zh))

describe.skipIf(!sourcesAvailable)('release days of undated sources', () => {
  it('are quoted from a row of the held text that names the publisher, and state the day given', () => {
    const released = undated.filter((source) => source.released !== undefined)
    expect(released.map((source) => source.id)).toEqual(['chuanguan-cdht-2021-results'])
    for (const source of released) {
      const { on, passage } = source.released!
      expect(passage).toContain(on)
      expect(rowsNaming(source).some((line) => line.includes(passage)), source.id).toBe(true)
    }
  })

  it('are absent where no row naming the publisher states a day', () => {
    for (const source of undated.filter((record) => record.released === undefined)) {
      const rows = rowsNaming(source)
      expect(rows.length, source.id).toBeGreaterThan(0)
      expect(rows.filter((line) => /\d{4}-\d{2}-\d{2}/.test(line)), source.id).toEqual([])
    }
  })
})
