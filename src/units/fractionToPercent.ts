import { decimalToString, parseDecimal, shiftDecimal } from '../_internal/decimal.js'

/**
 * A fraction as a percentage, exactly, as a decimal string: 0.57 is `'57'` (in floating point
 * `0.57 * 100` is 56.99999999999999).
 *
 * @category Units and formatting
 * @param fraction - The fraction, a number or a decimal string.
 * @returns The percentage in plain notation without trailing zeros.
 * @throws {@link CdhtDataError} `NOT_FINITE` (`fraction`), `INVALID_ARGUMENT` (`fraction` not a decimal).
 * @example
 * ```ts
 * import { fractionToPercent } from 'cdht-data'
 * console.log(fractionToPercent(0.57))
 * //=> '57'
 * ```
 */
export function fractionToPercent(fraction: number | string): string {
  return decimalToString(shiftDecimal(parseDecimal(fraction, 'fraction'), 2))
}
