import { finite, finiteResult, positive, refuse } from '../_internal/checkNumber.js'
import { levelPair } from '../_internal/levelPair.js'
import { checkObservation } from '../_internal/recordShape.js'
import type { Observation, SeriesBreak } from '../types.js'
import type { GrowthResult } from './types.js'

/**
 * The percent change from `previous` to `current`: `(current / previous - 1) × 100`.
 *
 * With two numbers it returns the rate as a plain float. With two level observations it first
 * checks that they can be compared, then returns a {@link GrowthResult}:
 * - same indicator, unit and scope, periods of the same shape (a year with a year, Q1–Q3 with
 *   Q1–Q3) with `previous` first; values in different multipliers (亿, 万) are rescaled;
 * - a lower-bound value (超, 突破) is marked, not refused: the result's `bound` is `lower` when
 *   `current` is a lower bound (the true rate is at least `percent`) and `upper` when `previous`
 *   is; it refuses when both are, since the rate could then be anything;
 * - a rate between yuan levels is `nominal` (current prices). Published growth of GDP is real
 *   (constant prices), so it differs: 3201.2 against 3015.8 is +6.15 %, the reported growth 6.0 %.
 *   {@link growthSeries} sets the two side by side and warns;
 * - across a break in series (the measure renamed, the area, the bonded zone's coverage or the
 *   currency changed: see `breaks`) there is no rate: it throws `BREAK_IN_SERIES`;
 * - between two bonded-zone levels that both leave their coverage `unstated` (with or without the
 *   Shuangliu area) whether they are one series is unknown, so there is no rate either: it throws
 *   `COMPARABILITY_UNKNOWN` (1391 亿元 in 2016 against 4330.1 亿元 in 2019 would read +211 %).
 *
 * @category Growth
 * @param current - The later value, or a level observation.
 * @param previous - The earlier value (above zero), or a level observation of an earlier period.
 * @returns The rate in percent (numbers), or a frozen {@link GrowthResult} (observations).
 * @throws {@link CdhtDataError} `NOT_FINITE` (`current`, `previous`; `previous` too when the
 * result overflows), `NOT_POSITIVE` (`previous`), `INVALID_ARGUMENT` (`current` below zero: a
 * level never is); with observations the same naming the field
 * (`previous.value`), `NOT_INTEGER` (`current.value`) for a fraction of a counted thing (at any multiplier: 5.00001万 people), and `INVALID_ARGUMENT`,
 * `UNIT_MISMATCH`, `SCOPE_MISMATCH` or `INVALID_PERIOD` naming the field, e.g. `previous.scope`
 * (a malformed record names its first bad field, e.g. `current.multiplier`; a target, whose
 * status is not `actual`, is `INVALID_ARGUMENT` naming `current.status`; periods not a whole
 * number of years apart are `INVALID_PERIOD` naming `previous.period`); `BREAK_IN_SERIES`
 * (`previous`) with the ids and kinds of the breaks between them; `COMPARABILITY_UNKNOWN`
 * (`previous.coverage`) when neither states its coverage; `INVALID_ARGUMENT` (`previous`) for an
 * observation against a number (either way round); `UNKNOWN_ID` (`current.scope`,
 * `current.indicator`, `previous.…`) for a scope or an indicator the dataset does not have
 * (`'cdth'`, `'GDP'`): breaks in series are found by both.
 * @example
 * ```ts
 * import { growthRate } from 'cdht-data'
 * console.log(growthRate(3201.2, 3015.8).toFixed(2))
 * //=> '6.15'
 * ```
 * @example
 * ```ts
 * import { getObservation, growthRate, isCdhtDataError } from 'cdht-data'
 * // Bonded-zone trade 2016 and 2019: neither says whether the Shuangliu area is in
 * try { growthRate(getObservation('bonded-zone-trade-2019'), getObservation('bonded-zone-trade-2016')) } catch (error) { console.log(isCdhtDataError(error) && [error.code, error.input]) }
 * //=> ['COMPARABILITY_UNKNOWN', 'previous.coverage']
 * ```
 */
export function growthRate(current: number, previous: number): number
export function growthRate(current: Observation, previous: Observation): GrowthResult
export function growthRate(current: number | Observation, previous: number | Observation): number | GrowthResult {
  // An observation against a number is neither form: say so, not "[object Object]". An object
  // that is not an observation ({}, []) is named for what is wrong with it first.
  const kinds = [current, previous].map((value: unknown) => (typeof value === 'object' && value !== null ? 'an observation' : 'a number'))
  if (kinds[0] !== kinds[1]) {
    if (kinds[0] === 'an observation') checkObservation(current, 'current')
    else checkObservation(previous, 'previous')
    refuse('INVALID_ARGUMENT', 'previous', `${kinds[1]}, but current is ${kinds[0]}: pass two of a kind`)
  }
  // Anything but two objects takes the number path, where a numeric string is NOT_FINITE.
  if (typeof current !== 'object' || typeof previous !== 'object') {
    return rate(current as number, previous as number, '')
  }
  return levelGrowth(current, previous)
}

/** {@link growthRate} of two level observations, with the breaks in series to refuse across (by default the dataset's). */
export function levelGrowth(current: Observation, previous: Observation, breaks?: readonly SeriesBreak[]): GrowthResult {
  const pair = levelPair(current, previous, 'current', 'previous', breaks)
  return Object.freeze({
    percent: rate(pair.later, pair.earlier, '.value'),
    bound: pair.bound,
    basis: current.unit === 'CNY' ? 'nominal' : 'unspecified',
  })
}

function rate(current: number, previous: number, field: string): number {
  // A level is never below zero (zero is: a rate of −100%), as the record check says of records.
  if (finite(current, `current${field}`) < 0) refuse('INVALID_ARGUMENT', `current${field}`, `a level is never below zero: ${current}`)
  positive(previous, `previous${field}`)
  return finiteResult((current / previous - 1) * 100, `previous${field}`)
}
