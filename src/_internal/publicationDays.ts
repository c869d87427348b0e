import { sourceAvailableFrom } from '../data/lookups.js'

/** When each dated source appeared, and the distinct days any did, in order. */
export interface PublicationDays {
  /** The first day each source's figures can be known, `YYYY-MM-DD` (see `availableFrom`). */
  readonly bySource: ReadonlyMap<string, string>
  /** Every distinct such day, ascending. */
  readonly days: readonly string[]
}

let cached: PublicationDays | undefined

/**
 * Built on first use: importing the package computes nothing. The days come from a map that
 * `npm run generate` writes with `availableFrom` (./availableFrom.ts), so a lookup that orders vintages does not
 * pull every source's title, publisher and note into an app's bundle.
 */
export function publicationDays(): PublicationDays {
  cached ??= { bySource: sourceAvailableFrom, days: [...new Set(sourceAvailableFrom.values())].sort() }
  return cached
}
