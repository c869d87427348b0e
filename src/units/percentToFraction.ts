import { decimalToString, parseDecimal, shiftDecimal } from '../_internal/decimal.js'

/**
 * A percentage as a fraction, exactly, as a decimal string: 6.0 % is `'0.06'`, 23.4 % is
 * `'0.234'` (in floating point `23.4 / 100` is 0.23399999999999999).
 *
 * @category Units and formatting
 * @param percent - The percentage, a number or a decimal string.
 * @returns The fraction in plain notation without trailing zeros.
 * @throws {@link CdhtDataError} `NOT_FINITE` (`percent`), `INVALID_ARGUMENT` (`percent` not a decimal).
 * @example
 * ```ts
 * import { percentToFraction } from 'cdht-data'
 * console.log(percentToFraction(23.4))
 * //=> '0.234'
 * ```
 */
export function percentToFraction(percent: number | string): string {
  return decimalToString(shiftDecimal(parseDecimal(percent, 'percent'), -2))
}
