import { lookup } from '../_internal/byId.js'
import { zonesById } from '../_internal/indexes.js'
import type { ZoneId } from '../data/ids.js'
import type { Zone } from '../zoneTypes.js'

/**
 * An area by its id: the zone itself, one of its key zones, the bonded zone, or a scope a source
 * leaves unclear.
 *
 * Ids autocomplete; a misspelt id is a type error, and at run time an error. Precomputed
 * index: O(1).
 *
 * @category Queries
 * @param id - The zone id.
 * @returns The record (frozen).
 * @throws {@link CdhtDataError} `UNKNOWN_ID` (`id`) when no zone has that id.
 * @example
 * ```ts
 * import { getZone } from 'cdht-data'
 * console.log(getZone('cdht').label.en)
 * //=> 'Chengdu Hi-tech Zone'
 * ```
 */
export function getZone(id: ZoneId): Zone {
  return lookup(zonesById, id, 'zone', 'id')
}
