import { targetIndex } from '../_internal/datasetIndex.js'
import { knownZone } from '../_internal/knownIds.js'
import { checkOptions, datasetOf } from '../_internal/queryOptions.js'
import { checkTarget } from '../_internal/recordShape.js'
import type { ZoneId } from '../data/ids.js'
import type { Target } from '../types.js'
import type { DatasetView } from './datasetView.js'

const NONE: readonly Target[] = /* @__PURE__ */ Object.freeze([])

/**
 * Options of {@link targetsByZone}.
 * @category Queries
 */
export interface TargetsByZoneOptions {
  /**
   * The dataset to ask, by default all of it; {@link asOf} gives it as known on a day. A view of
   * your own has its records checked like an argument on every call (a NaN value is `NOT_FINITE`
   * naming `options.dataset.targets[i].value`): a record you change after a lookup is refused
   * then, not answered from a copy of what it was, which your view no longer says. What is
   * returned holds deep-frozen copies of your records, never your objects. Only a list that
   * cannot change (frozen, each record deep-frozen, as in a view from {@link asOf}) is checked
   * and indexed once.
   */
  readonly dataset?: DatasetView
}

/**
 * The targets and planned figures set for an area (the zone itself, a key zone, the bonded
 * zone), in data order. Precomputed: O(1).
 *
 * @category Queries
 * @param zone - The zone id.
 * @param options - The dataset view to ask.
 * @returns The targets; empty when the zone has none. Frozen; from a view of your own,
 * deep-frozen copies of your records.
 * @throws {@link CdhtDataError} `UNKNOWN_ID` (`zone`); `INVALID_ARGUMENT` (`options` not a plain
 * object, e.g. a `Date`; `options.dataset` not a view; an option given as `null`, or one it does not
 * have such as `options.status`).
 * A record of a view given as `options.dataset` is refused as an argument would be (`NOT_FINITE`,
 * `INVALID_ARGUMENT`, … naming `options.dataset.targets[i].value`).
 * @example
 * ```ts
 * import { targetsByZone } from 'cdht-data'
 * console.log(targetsByZone('cdht').every((target) => target.scope === 'cdht'))
 * //=> true
 * ```
 */
export function targetsByZone(zone: ZoneId, options: TargetsByZoneOptions = {}): readonly Target[] {
  const id = knownZone(zone, 'zone')
  return targetIndex(datasetOf(checkOptions(options, ['dataset']).dataset, 'targets', checkTarget)?.targets).get(id) ?? NONE
}
