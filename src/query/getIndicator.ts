import { lookup } from '../_internal/byId.js'
import { indicatorsById } from '../_internal/indexes.js'
import type { IndicatorId } from '../data/ids.js'
import type { Indicator } from '../types.js'

/**
 * The catalogue entry of an indicator: its labels, unit, category, and whether it is a flow or a
 * stock.
 *
 * Ids autocomplete; a misspelt id is a type error, and at run time an error. Precomputed
 * index: O(1).
 *
 * @category Queries
 * @param id - The indicator id.
 * @returns The record (frozen).
 * @throws {@link CdhtDataError} `UNKNOWN_ID` (`id`) when no indicator has that id.
 * @example
 * ```ts
 * import { getIndicator } from 'cdht-data'
 * console.log(getIndicator('gdp').label.zh)
 * //=> '地区生产总值'
 * ```
 */
export function getIndicator(id: IndicatorId): Indicator {
  return lookup(indicatorsById, id, 'indicator', 'id')
}
