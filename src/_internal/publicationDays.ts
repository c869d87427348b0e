import { sources } from '../data/collections.js'
import { lastPublishedDay } from '../time/lastPublishedDay.js'

/** When each dated source appeared, and the distinct days any did, in order. */
export interface PublicationDays {
  /** The last day each source with a known date can have appeared, `YYYY-MM-DD`. */
  readonly bySource: ReadonlyMap<string, string>
  /** Every distinct such day, ascending. */
  readonly days: readonly string[]
}

let cached: PublicationDays | undefined

/** Built on first use: importing the package computes nothing. */
export function publicationDays(): PublicationDays {
  if (cached === undefined) {
    const bySource = new Map<string, string>()
    for (const source of sources) if (source.published !== null) bySource.set(source.id, lastPublishedDay(source.published))
    cached = { bySource, days: [...new Set(bySource.values())].sort() }
  }
  return cached
}
