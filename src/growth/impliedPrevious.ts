import { finite, finiteResult, positive, refuse } from '../_internal/checkNumber.js'
import { deepFreeze } from '../_internal/deepFreeze.js'
import { sameFields } from '../_internal/levelPair.js'
import { checkKnownObservation } from '../_internal/recordShape.js'
import { reportedGrowthWarnings } from '../_internal/reportedGrowth.js'
import type { Observation } from '../types.js'
import type { ImpliedPrevious } from './types.js'

/**
 * The earlier value a reported growth implies: `current / (1 + growthPercent / 100)`, rounded to
 * 15 significant digits (the rule by which the helpers read a caller's number), so float residue
 * never shows: 3201.2 at +6.0 % implies 3020, not 3019.9999999999995. Inverts {@link growthRate}:
 * `growthRate(current, impliedPrevious(current, g))` is `g` (up to float rounding).
 *
 * With a level observation and the growth observation the source reports for it (same
 * indicator, scope and period), it returns an {@link ImpliedPrevious}: the value in the level's
 * unit and multiplier, marked `lower` or `upper` when one of the two is a lower bound (it refuses
 * when both are), with a `REAL_VS_NOMINAL` warning when the growth is real (constant prices) and
 * the level is in yuan, since the implied value is then last year's level at this year's prices,
 * not the published one; `BASIS_UNSPECIFIED` when the source does not say.
 *
 * @category Growth
 * @param current - The later value (above zero), or a level observation.
 * @param growthPercent - The growth in percent (above -100).
 * @returns The implied earlier value (numbers), or an {@link ImpliedPrevious} (observations).
 * @throws {@link CdhtDataError} `NOT_FINITE` (`current`, `growthPercent`), `NOT_POSITIVE`
 * (`current`), `INVALID_ARGUMENT` (`growthPercent` at or below -100); with observations also
 * `INVALID_ARGUMENT`, `SCOPE_MISMATCH` or `INVALID_PERIOD` naming the field, e.g. `growth.period`.
 * @example
 * ```ts
 * import { impliedPrevious } from 'cdht-data'
 * // 2023 budget revenue 300.5 亿元 at +13.3 %: the 2022 figure it implies
 * console.log(impliedPrevious(300.5, 13.3).toFixed(1))
 * //=> '265.2'
 * ```
 */
export function impliedPrevious(current: number, growthPercent: number): number
/**
 * The earlier level a reported growth implies, from a level observation and the growth
 * observation the source reports for it, with exactness and price-basis warnings (see above).
 *
 * @category Growth
 * @param current - The level observation (above zero).
 * @param growth - The growth observation of the same indicator, scope and period.
 * @returns A frozen {@link ImpliedPrevious}.
 * @throws {@link CdhtDataError} as for numbers, naming `current.value` and `growth.value` (and
 * `NOT_INTEGER` naming `current.value` for a fraction of a counted thing, at any multiplier); and
 * `INVALID_ARGUMENT`, `SCOPE_MISMATCH`, `INVALID_PERIOD` naming the field, e.g. `growth.period`;
 * `UNKNOWN_ID` (`current.indicator`, `current.scope`, `growth.…`) for an indicator or a scope the
 * dataset does not have (`'cdth'`).
 * @example
 * ```ts
 * import { getObservation, impliedPrevious } from 'cdht-data'
 * const implied = impliedPrevious(getObservation('gdp-2023'), getObservation('gdp-growth-2023'))
 * console.log([implied.value, implied.warnings[0]?.code])
 * //=> [3020, 'REAL_VS_NOMINAL']
 * ```
 */
export function impliedPrevious(current: Observation, growth: Observation): ImpliedPrevious
export function impliedPrevious(current: number | Observation, growth: number | Observation): number | ImpliedPrevious {
  if (typeof current !== 'object' || typeof growth !== 'object') {
    return implied(current as number, growth as number, 'current', 'growthPercent')
  }
  // The fields checked, read once and own only: an inherited basis is not the figure's.
  const level = checkKnownObservation(current, 'current')
  const rate = checkKnownObservation(growth, 'growth')
  sameFields(level, 'current', { measure: 'level' })
  const warnings = reportedGrowthWarnings(level, rate, 'growth')
  for (const [record, name] of [[level, 'current'], [rate, 'growth']] as const) {
    if (record.bound === 'top') refuse('INVALID_ARGUMENT', `${name}.bound`, 'a top-N rank')
  }
  if (level.bound === 'lower' && rate.bound === 'lower') refuse('INVALID_ARGUMENT', 'growth.bound', 'both are lower bounds')
  return deepFreeze({
    value: implied(level.value, rate.value, 'current.value', 'growth.value'),
    unit: level.unit,
    multiplier: level.multiplier,
    bound: level.bound === 'lower' ? 'lower' : rate.bound === 'lower' ? 'upper' : 'exact',
    basis: rate.basis ?? 'unspecified',
    warnings,
  })
}

function implied(current: number, growthPercent: number, currentName: string, growthName: string): number {
  positive(current, currentName)
  if (finite(growthPercent, growthName) <= -100) refuse('INVALID_ARGUMENT', growthName, `not above -100: ${growthPercent}`)
  // Read back at 15 significant digits, as a caller's number is read: 3201.2 / 1.06 is
  // 3019.9999999999995 in floating point, and that residue is no digit of any figure.
  return finiteResult(Number((current / (1 + growthPercent / 100)).toPrecision(15)), growthName)
}
