import { CdhtDataError } from '../errors.js'
import { indicators } from '../data/collections.js'
import type { IndicatorId } from '../data/ids.js'
import type { Indicator } from '../types.js'

const indicatorsById = /* @__PURE__ */ new Map(indicators.map((indicator) => [indicator.id as string, indicator]))

/**
 * The catalogue entry of an indicator: its labels, unit, category, and whether it is a flow or a
 * stock. Ids autocomplete; a misspelt id is a type error, and at run time an error.
 *
 * @category Queries
 * @param id - The indicator id, e.g. `'gdp'`.
 * @returns The indicator record (frozen).
 * @throws {@link CdhtDataError} `UNKNOWN_ID` when no indicator has that id.
 * @example
 * ```ts
 * import { getIndicator } from 'cdht-data'
 * console.log(getIndicator('gdp').label.zh)
 * //=> '地区生产总值'
 * ```
 */
export function getIndicator(id: IndicatorId): Indicator {
  const indicator = indicatorsById.get(id)
  if (indicator === undefined) {
    throw new CdhtDataError('UNKNOWN_ID', 'id', `unknown indicator id: ${JSON.stringify(id)}`)
  }
  return indicator
}
