import { lookup } from '../_internal/byId.js'
import { industriesById } from '../_internal/indexes.js'
import type { IndustryId } from '../data/ids.js'
import type { Industry } from '../zoneTypes.js'

/**
 * A leading or future industry by its id.
 *
 * Ids autocomplete; a misspelt id is a type error, and at run time an error. Precomputed
 * index: O(1).
 *
 * @category Queries
 * @param id - The industry id.
 * @returns The record (frozen).
 * @throws {@link CdhtDataError} `UNKNOWN_ID` (`id`) when no industry has that id.
 * @example
 * ```ts
 * import { getIndustry } from 'cdht-data'
 * console.log(getIndustry('electronic-information').label.zh)
 * //=> '电子信息'
 * ```
 */
export function getIndustry(id: IndustryId): Industry {
  return lookup(industriesById, id, 'industry', 'id')
}
