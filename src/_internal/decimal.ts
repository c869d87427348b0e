import { finite, refuse, show } from './checkNumber.js'

/** An exact decimal: `(negative ? -1 : 1) × digits × 10^exponent`. */
export interface Decimal {
  readonly negative: boolean
  readonly digits: bigint
  readonly exponent: number
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i
// Far beyond any published figure; it keeps a typo such as 1e999999 from building a huge BigInt.
const MAX_EXPONENT = 400

/**
 * Reads a number or a decimal string exactly. A number is read at 15 significant digits, all a
 * double carries reliably: 3201.2 is 3201.2 (not 3201.1999999999998181…), and float residue
 * such as `1110.7 + 1089.9` (2200.6000000000004) reads as 2200.6, so it never decides a
 * comparison. Published figures have at most 15 significant digits, so they read as written.
 * `-0` reads as 0.
 */
export function parseDecimal(value: number | string, input: string): Decimal {
  const text = typeof value === 'number' ? finite(value, input).toPrecision(15) : value
  // No trim: a space is not part of a number, here as in every date and period form.
  const match = typeof text === 'string' ? DECIMAL.exec(text) : null
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match ?? []
  if (match === null || whole + fraction === '' || Math.abs(Number(exponent)) > MAX_EXPONENT) {
    refuse(typeof value === 'string' ? 'INVALID_ARGUMENT' : 'NOT_FINITE', input, `not a decimal number: ${show(value)}`)
  }
  const digits = BigInt(whole + fraction)
  return { negative: sign === '-' && digits !== 0n, digits, exponent: Number(exponent) - fraction.length }
}

/** The decimal times 10^places, exactly. */
export function shiftDecimal(decimal: Decimal, places: number): Decimal {
  return { ...decimal, exponent: decimal.exponent + places }
}

/** Plain notation without exponent or trailing zeros: `320.12`, `320120000000`, `-0.06`, `0`. */
export function decimalToString(decimal: Decimal): string {
  if (decimal.digits === 0n) return '0'
  let digits = decimal.digits.toString()
  let exponent = decimal.exponent
  while (exponent < 0 && digits.endsWith('0')) {
    digits = digits.slice(0, -1)
    exponent++
  }
  const sign = decimal.negative ? '-' : ''
  if (exponent >= 0) return sign + digits + '0'.repeat(exponent)
  const padded = digits.padStart(-exponent + 1, '0')
  return `${sign}${padded.slice(0, exponent)}.${padded.slice(exponent)}`
}

/** The decimal as a whole bigint, or `undefined` when it has a fractional part. */
export function decimalToBigInt(decimal: Decimal): bigint | undefined {
  const sign = decimal.negative ? -1n : 1n
  if (decimal.exponent >= 0) return sign * decimal.digits * 10n ** BigInt(decimal.exponent)
  const scale = 10n ** BigInt(-decimal.exponent)
  return decimal.digits % scale === 0n ? (sign * decimal.digits) / scale : undefined
}

/** `a − b`, exactly. */
export function subtractDecimals(a: Decimal, b: Decimal): Decimal {
  const exponent = Math.min(a.exponent, b.exponent)
  const difference = signed(a, exponent) - signed(b, exponent)
  return { negative: difference < 0n, digits: difference < 0n ? -difference : difference, exponent }
}

/** The sign of `a − b`: -1, 0 or 1, exactly. */
export function compareDecimals(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const { digits, negative } = subtractDecimals(a, b)
  return digits === 0n ? 0 : negative ? -1 : 1
}

function signed(decimal: Decimal, exponent: number): bigint {
  const magnitude = decimal.digits * 10n ** BigInt(decimal.exponent - exponent)
  return decimal.negative ? -magnitude : magnitude
}

/**
 * The decimal rounded to `places` decimals, half away from zero (as `Intl.NumberFormat` and the
 * sources round), as fixed-point text with digits grouped by three (`-1,234.50`). Exact at any
 * magnitude: no `1e+21`, no `Infinity`, no RangeError; a value that rounds to zero has no sign.
 */
export function groupedFixed(decimal: Decimal, places: number): string {
  let digits = decimal.digits
  const drop = -places - decimal.exponent
  if (drop > 0) {
    const scale = 10n ** BigInt(drop)
    digits = digits / scale + ((digits % scale) * 2n >= scale ? 1n : 0n)
  } else {
    digits *= 10n ** BigInt(-drop)
  }
  const text = digits.toString().padStart(places + 1, '0')
  const whole = text.slice(0, text.length - places).replace(/\B(?=(\d{3})+$)/g, ',')
  const fraction = places > 0 ? `.${text.slice(text.length - places)}` : ''
  return `${decimal.negative && digits !== 0n ? '-' : ''}${whole}${fraction}`
}
