import { sources } from '../data/collections.js'
import { lastPublishedDay } from '../time/lastPublishedDay.js'
import type { Source } from '../types.js'

/** When each dated source appeared, and the distinct days any did, in order. */
export interface PublicationDays {
  /** The first day each source's figures can be known, `YYYY-MM-DD` (see {@link availableFrom}). */
  readonly bySource: ReadonlyMap<string, string>
  /** Every distinct such day, ascending. */
  readonly days: readonly string[]
}

/**
 * The one as-of rule for a source: the last day its own date can mean, or, where that is
 * unknown, the day a held text says its figures were released; `null` with neither.
 */
export function availableFrom(source: Pick<Source, 'published' | 'released'>): string | null {
  if (source.published !== null) return lastPublishedDay(source.published)
  return source.released?.on ?? null
}

let cached: PublicationDays | undefined

/** Built on first use: importing the package computes nothing. */
export function publicationDays(): PublicationDays {
  if (cached === undefined) {
    const bySource = new Map<string, string>()
    for (const source of sources) {
      const day = availableFrom(source)
      if (day !== null) bySource.set(source.id, day)
    }
    cached = { bySource, days: [...new Set(bySource.values())].sort() }
  }
  return cached
}
