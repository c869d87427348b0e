import { lookup } from '../_internal/byId.js'
import { parksById } from '../_internal/indexes.js'
import type { ParkId } from '../data/ids.js'
import type { Park } from '../zoneTypes.js'

/**
 * A specialised park by its id, with its industry and layout.
 *
 * Ids autocomplete; a misspelt id is a type error, and at run time an error. Precomputed
 * index: O(1).
 *
 * @category Queries
 * @param id - The park id.
 * @returns The record (frozen).
 * @throws {@link CdhtDataError} `UNKNOWN_ID` (`id`) when no park has that id.
 * @example
 * ```ts
 * import { getPark } from 'cdht-data'
 * console.log(getPark('microwave-rf-park').industry)
 * //=> 'microwave-rf'
 * ```
 */
export function getPark(id: ParkId): Park {
  return lookup(parksById, id, 'park', 'id')
}
