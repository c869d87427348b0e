import { lastPublishedDay } from '../time/lastPublishedDay.js'
import type { Source } from '../types.js'

/**
 * The one as-of rule for a source: the last day its own date can mean, or, where that is
 * unknown, the day a held text says its figures were released; `null` with neither.
 */
export function availableFrom(source: Pick<Source, 'published' | 'released'>): string | null {
  if (source.published !== null) return lastPublishedDay(source.published)
  return source.released?.on ?? null
}
