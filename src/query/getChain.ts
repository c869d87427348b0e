import { lookup } from '../_internal/byId.js'
import { chainsById } from '../_internal/indexes.js'
import type { ChainId } from '../data/ids.js'
import type { Chain } from '../zoneTypes.js'

/**
 * A named key industrial chain by its id.
 *
 * Ids autocomplete; a misspelt id is a type error, and at run time an error. Precomputed
 * index: O(1).
 *
 * @category Queries
 * @param id - The chain id.
 * @returns The record (frozen).
 * @throws {@link CdhtDataError} `UNKNOWN_ID` (`id`) when no chain has that id.
 * @example
 * ```ts
 * import { getChain } from 'cdht-data'
 * console.log(getChain('integrated-circuits').label.zh)
 * //=> '集成电路'
 * ```
 */
export function getChain(id: ChainId): Chain {
  return lookup(chainsById, id, 'chain', 'id')
}
