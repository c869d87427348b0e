import { lookup } from '../_internal/byId.js'
import { observationsById } from '../_internal/indexes.js'
import type { ObservationId } from '../data/ids.js'
import type { Observation } from '../types.js'

/**
 * An observation by its id: a value with its unit, period, scope, bound and the verbatim passage
 * of its source. To find one by indicator and period instead, use {@link findObservation}.
 *
 * Ids autocomplete; a misspelt id is a type error, and at run time an error. Precomputed
 * index: O(1).
 *
 * @category Queries
 * @param id - The observation id.
 * @returns The record (frozen).
 * @throws {@link CdhtDataError} `UNKNOWN_ID` (`id`) when no observation has that id.
 * @example
 * ```ts
 * import { getObservation } from 'cdht-data'
 * console.log(getObservation('gdp-2023').value)
 * //=> 3201.2
 * ```
 */
export function getObservation(id: ObservationId): Observation {
  return lookup(observationsById, id, 'observation', 'id')
}
