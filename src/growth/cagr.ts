import { finiteResult, positive, positiveInteger, refuse } from '../_internal/checkNumber.js'
import { levelPair } from '../_internal/levelPair.js'
import type { Observation } from '../types.js'
import type { GrowthResult } from './types.js'

/**
 * The compound annual growth rate from `first` to `last` over `years` years, in percent:
 * `((last / first) ^ (1 / years) - 1) × 100`, the constant yearly rate that leads from one to
 * the other.
 *
 * With two level observations it checks them as {@link growthRate} does (same indicator, unit,
 * scope and period shape; a lower-bound level marks the result `lower` or `upper`), takes
 * `years` from their periods, and refuses a `years` that disagrees. Across a break in series
 * there is no rate: it throws `BREAK_IN_SERIES`; between two levels that both leave their
 * coverage `unstated`, none either: `COMPARABILITY_UNKNOWN`.
 *
 * @category Growth
 * @param first - The value at the start (above zero), or a level observation.
 * @param last - The value at the end (above zero), or a level observation of a later period.
 * @param years - Whole years between them (above zero); optional with observations.
 * @returns The rate in percent (numbers), or a frozen {@link GrowthResult} (observations).
 * @throws {@link CdhtDataError} `NOT_FINITE` or `NOT_POSITIVE` (`first`, `last`), `NOT_INTEGER` or
 * `NOT_POSITIVE` (`years`), `INVALID_ARGUMENT` (`years`) when it disagrees with the periods; with
 * observations the same naming the field (`first.value`; `NOT_INTEGER` for a fraction of a counted
 * thing, at any multiplier), and `UNIT_MISMATCH`, `SCOPE_MISMATCH`,
 * `INVALID_PERIOD` or `INVALID_ARGUMENT` naming the field, e.g. `first.scope` (`first.status`
 * for a target: it is not an actual); `BREAK_IN_SERIES`
 * (`first`) with the ids and kinds of the breaks between them; `COMPARABILITY_UNKNOWN`
 * (`first.coverage`) when neither states its coverage; `UNKNOWN_ID` (`first.scope`,
 * `first.indicator`, `last.…`) for a scope or an indicator the dataset does not have.
 * @example
 * ```ts
 * import { cagr } from 'cdht-data'
 * console.log(cagr(100, 121, 2).toFixed(1))
 * //=> '10.0'
 * ```
 * @example
 * ```ts
 * import { cagr } from 'cdht-data'
 * // GDP 2021 to 2023, in 亿元
 * console.log(cagr(2800.6, 3201.2, 2).toFixed(2))
 * //=> '6.91'
 * ```
 */
export function cagr(first: number, last: number, years: number): number
export function cagr(first: Observation, last: Observation, years?: number): GrowthResult
export function cagr(first: number | Observation, last: number | Observation, years?: number): number | GrowthResult {
  if (typeof first !== 'object' || typeof last !== 'object') {
    // Not `years ?? NaN`: compound refuses a missing or null years, said as it is, not as NaN.
    return compound(first as number, last as number, years, '')
  }
  const pair = levelPair(last, first, 'last', 'first', undefined, true)
  const span = Number(last.period.slice(0, 4)) - Number(first.period.slice(0, 4))
  if (years !== undefined && positiveInteger(years, 'years') !== span) {
    refuse('INVALID_ARGUMENT', 'years', `${years} disagrees with the periods ${first.period} to ${last.period} (${span})`)
  }
  return Object.freeze({
    percent: compound(pair.earlier, pair.later, span, '.value'),
    bound: pair.bound,
    basis: last.unit === 'CNY' ? 'nominal' : 'unspecified',
  })
}

function compound(first: number, last: number, years: number | undefined, field: string): number {
  positive(first, `first${field}`)
  positive(last, `last${field}`)
  const whole = positiveInteger(years, 'years')
  return finiteResult(((last / first) ** (1 / whole) - 1) * 100, `first${field}`)
}
