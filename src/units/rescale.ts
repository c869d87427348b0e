import { decimalToString, parseDecimal, shiftDecimal } from '../_internal/decimal.js'
import { multiplier } from '../_internal/multiplier.js'
import { objectArgument, wholeCount } from '../_internal/recordShape.js'
import type { Multiplier } from '../types.js'

/**
 * A value that carries its power of ten, as observations, targets and project investments do.
 * @category Units and formatting
 */
export interface ScaledValue {
  /** The value as published, in units of 10^`multiplier`. */
  readonly value: number
  /** Power of ten of the unit: 8 for 亿. */
  readonly multiplier: Multiplier
}

/**
 * A value re-expressed in another power of ten, exactly, as a decimal string: 3201.2 亿 (10^8)
 * is `'320.12'` billion (10^9) and `'320120000000'` units. The digits are moved, never
 * multiplied in floating point, so no binary residue appears (`1431.4 / 10` is
 * 143.14000000000001); turn the string into a `Number` only where that residue is acceptable.
 *
 * @category Units and formatting
 * @param value - The value: a number, or a decimal string such as `'3201.2'` or `'1.5e3'`.
 * @param from - Power of ten `value` is in (0, 4 万, 8 亿, 9 billion).
 * @param to - Power of ten wanted.
 * @returns The exact value in the new power of ten, in plain notation without trailing zeros.
 * @throws {@link CdhtDataError} `NOT_FINITE` (`value`), `INVALID_ARGUMENT` (`value` not a decimal,
 * `from` or `to` not 0, 4, 8 or 9).
 * @example
 * ```ts
 * import { rescale } from 'cdht-data'
 * console.log(rescale(3201.2, 8, 9))
 * //=> '320.12'
 * ```
 * @example
 * ```ts
 * import { rescale } from 'cdht-data'
 * // 3.8万 enterprises in units, and back
 * console.log([rescale(3.8, 4, 0), rescale(38000, 0, 4)])
 * //=> ['38000', '3.8']
 * ```
 */
export function rescale(value: number | string, from: Multiplier, to: Multiplier): string
/**
 * A record's value re-expressed in another power of ten, exactly, as a decimal string.
 *
 * @category Units and formatting
 * @param record - A record with `value` and `multiplier`: an observation, a target, an investment.
 * @param to - Power of ten wanted.
 * @returns The exact value in the new power of ten, in plain notation without trailing zeros.
 * @throws {@link CdhtDataError} as for a value, naming `value`, `from` (the record's multiplier) and `to`;
 * `NOT_INTEGER` (`value`) for a record of `unit: 'count'` that is not a whole number of things
 * (2.00001万 enterprises).
 * @example
 * ```ts
 * import { getObservation, rescale } from 'cdht-data'
 * console.log(rescale(getObservation('foreign-trade-2023'), 9))
 * //=> '464.64'
 * ```
 */
export function rescale(record: ScaledValue, to: Multiplier): string
export function rescale(value: number | string | ScaledValue, from: Multiplier, to?: Multiplier): string {
  // null takes the number path, where it is NOT_FINITE naming `value`.
  if (typeof value === 'object' && (value as unknown) !== null) {
    // Read once, own fields only: a revoked proxy is INVALID_ARGUMENT naming `value`, not a TypeError.
    const record = objectArgument(value, 'value')
    const rescaled = rescale(record.value as number, record.multiplier as Multiplier, from)
    // A record that says it counts things counts whole ones, as format and toUnits hold it to.
    wholeCount(record as { value: number; unit: unknown; multiplier: unknown }, 'value')
    return rescaled
  }
  const places = multiplier(from, 'from') - multiplier(to, 'to')
  return decimalToString(shiftDecimal(parseDecimal(value as number | string, 'value'), places))
}
