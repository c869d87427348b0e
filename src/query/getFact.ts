import { lookup } from '../_internal/byId.js'
import { factsById } from '../_internal/indexes.js'
import type { FactId } from '../data/ids.js'
import type { Fact } from '../zoneTypes.js'

/**
 * A fact a source states (an enterprise, a ranking, an institution, a milestone) by its id.
 *
 * Ids autocomplete; a misspelt id is a type error, and at run time an error. Precomputed
 * index: O(1).
 *
 * @category Queries
 * @param id - The fact id.
 * @returns The record (frozen).
 * @throws {@link CdhtDataError} `UNKNOWN_ID` (`id`) when no fact has that id.
 * @example
 * ```ts
 * import { getFact } from 'cdht-data'
 * console.log(getFact('gdp-passes-3200').year)
 * //=> 2023
 * ```
 */
export function getFact(id: FactId): Fact {
  return lookup(factsById, id, 'fact', 'id')
}
