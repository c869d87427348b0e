import { lookup } from '../_internal/byId.js'
import { targetsById } from '../_internal/indexes.js'
import type { TargetId } from '../data/ids.js'
import type { Target } from '../types.js'

/**
 * A target or planned figure by its id. {@link targetGap} measures how far an actual is from it.
 *
 * Ids autocomplete; a misspelt id is a type error, and at run time an error. Precomputed
 * index: O(1).
 *
 * @category Queries
 * @param id - The target id.
 * @returns The record (frozen).
 * @throws {@link CdhtDataError} `UNKNOWN_ID` (`id`) when no target has that id.
 * @example
 * ```ts
 * import { getTarget } from 'cdht-data'
 * console.log(getTarget('gdp-target-2021').comparator)
 * //=> 'gte'
 * ```
 */
export function getTarget(id: TargetId): Target {
  return lookup(targetsById, id, 'target', 'id')
}
