import { refuse, show } from '../_internal/checkNumber.js'
import { decimalToBigInt, parseDecimal, shiftDecimal } from '../_internal/decimal.js'
import { multiplier } from '../_internal/multiplier.js'
import { objectArgument } from '../_internal/recordShape.js'
import type { Multiplier } from '../types.js'
import type { ScaledValue } from './rescale.js'

/**
 * A value in whole base units (yuan, enterprises) as an exact `bigint`: 3201.2 亿元 is
 * 320 120 000 000 yuan, and 4646.4 亿元 is 464 640 000 000 with no float residue (`4646.4 * 1e8`
 * is 464639999999.99994).
 *
 * @category Units and formatting
 * @param value - The value: a number or a decimal string.
 * @param multiplier - Power of ten `value` is in (0, 4 万, 8 亿, 9 billion).
 * @returns The value in base units.
 * @throws {@link CdhtDataError} `NOT_FINITE` (`value`), `INVALID_ARGUMENT` (`value` not a decimal,
 * `multiplier` not 0, 4, 8 or 9), `NOT_INTEGER` (`value`) when it is not a whole number of units
 * (0.5 元 at multiplier 0); use {@link rescale} for those.
 * @example
 * ```ts
 * import { toUnits } from 'cdht-data'
 * console.log([toUnits(3201.2, 8), toUnits(4646.4, 8)])
 * //=> [320120000000n, 464640000000n]
 * ```
 */
export function toUnits(value: number | string, multiplier: Multiplier): bigint
/**
 * A record's value in whole base units, as an exact `bigint`: `toUnits(getObservation('gdp-2023'))`
 * is 320120000000n.
 *
 * @category Units and formatting
 * @param record - A record with `value` and `multiplier`: an observation, a target, an investment.
 * @returns The value in base units.
 * @throws {@link CdhtDataError} as for a value and multiplier, naming `value` and `multiplier`.
 * @example
 * ```ts
 * import { getObservation, toUnits } from 'cdht-data'
 * console.log(toUnits(getObservation('gdp-2023')))
 * //=> 320120000000n
 * ```
 */
export function toUnits(record: ScaledValue): bigint
export function toUnits(value: number | string | ScaledValue, power?: Multiplier): bigint {
  // null takes the number path, where it is NOT_FINITE naming `value`.
  if (typeof value === 'object' && (value as unknown) !== null) {
    // Read once, own fields only: a revoked proxy is INVALID_ARGUMENT naming `value`, not a TypeError.
    const record = objectArgument(value, 'value')
    return toUnits(record.value as number, record.multiplier as Multiplier)
  }
  const units = decimalToBigInt(shiftDecimal(parseDecimal(value as number | string, 'value'), multiplier(power, 'multiplier')))
  return units ?? refuse('NOT_INTEGER', 'value', `${show(value)} × 10^${show(power)} is not a whole number of units`)
}
