import { lookup } from '../_internal/byId.js'
import { planItemsById } from '../_internal/indexes.js'
import type { PlanItemId } from '../data/ids.js'
import type { PlanItem } from '../zoneTypes.js'

/**
 * An item of a year's plan by its id.
 *
 * Ids autocomplete; a misspelt id is a type error, and at run time an error. Precomputed
 * index: O(1).
 *
 * @category Queries
 * @param id - The plan item id.
 * @returns The record (frozen).
 * @throws {@link CdhtDataError} `UNKNOWN_ID` (`id`) when no plan item has that id.
 * @example
 * ```ts
 * import { getPlanItem } from 'cdht-data'
 * console.log(getPlanItem('principle-carry-the-load-2024').label.zh)
 * //=> '挑大梁'
 * ```
 */
export function getPlanItem(id: PlanItemId): PlanItem {
  return lookup(planItemsById, id, 'plan item', 'id')
}
