import { lookup } from '../_internal/byId.js'
import { sourcesById } from '../_internal/indexes.js'
import type { SourceId } from '../data/ids.js'
import type { Source } from '../types.js'

/**
 * A source document by its id, with its publisher, publication date (at the precision known)
 * and grade.
 *
 * Ids autocomplete; a misspelt id is a type error, and at run time an error. Precomputed
 * index: O(1).
 *
 * @category Queries
 * @param id - The source id.
 * @returns The record (frozen).
 * @throws {@link CdhtDataError} `UNKNOWN_ID` (`id`) when no source has that id.
 * @example
 * ```ts
 * import { getSource } from 'cdht-data'
 * console.log(getSource('cdht-work-meeting-2024').published)
 * //=> '2024-02-23'
 * ```
 */
export function getSource(id: SourceId): Source {
  return lookup(sourcesById, id, 'source', 'id')
}
