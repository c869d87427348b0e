import { CdhtDataError } from '../errors.js'

// Each check returns the value so call sites read as one expression. Messages are short on
// purpose: growthRate alone must bundle to under about 1 KB gzip, messages included.

/** Throws a {@link CdhtDataError}; an expression, so checks can be written `a || refuse(…)`. */
export function refuse(code: CdhtDataError['code'], input: string, message: string): never {
  throw new CdhtDataError(code, input, `${input}: ${message}`)
}

/**
 * Any value as short text for a message, never throwing: `String()` throws on a symbol in a
 * template, an object without a prototype, or one whose `toString` throws; JSON would print NaN
 * as null and throw on a bigint.
 */
export function show(value: unknown): string {
  try {
    // "[object Object]" says nothing: an observation passed where a number belongs is an object.
    if (typeof value === 'string') return JSON.stringify(value)
    if (typeof value === 'bigint') return `${value}n (a bigint)`
    if (Array.isArray(value)) return 'an array'
    return String(value).replace('[object Object]', 'an object').slice(0, 40)
  } catch {
    return typeof value
  }
}

/** Throws `NOT_FINITE` naming `input` unless `value` is a finite number (a numeric string is not one). */
export function finite(value: unknown, input: string): number {
  return Number.isFinite(value) ? (value as number) : refuse('NOT_FINITE', input, `not a finite number: ${show(value)}`)
}

/** Throws `NOT_FINITE`, then `NOT_POSITIVE`, naming `input` unless `value` is finite and above zero. */
export function positive(value: number, input: string): number {
  return finite(value, input) > 0 ? value : refuse('NOT_POSITIVE', input, `not above zero: ${value}`)
}

/** Throws `NOT_FINITE`, `NOT_INTEGER` or `NOT_POSITIVE` naming `input` unless `value` is a whole number above zero. */
export function positiveInteger(value: unknown, input: string): number {
  const number = finite(value, input)
  return Number.isInteger(number) ? positive(number, input) : refuse('NOT_INTEGER', input, `not a whole number: ${number}`)
}

/**
 * Throws `NOT_FINITE` naming `input` when a computed result overflowed: finite inputs can still
 * produce ±Infinity (1e308 / 1e-308), and a helper must never hand that back.
 */
export function finiteResult(value: number, input: string): number {
  return Number.isFinite(value) ? value : refuse('NOT_FINITE', input, 'out of range')
}
