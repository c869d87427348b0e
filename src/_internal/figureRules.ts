/**
 * The rules a figure's own fields must agree on, shared by the zod schemas and the record check
 * the helpers run, so a record one refuses the other refuses too. Plain functions: the main entry
 * never loads zod.
 */

/** Units that are never scaled by a power of ten: a percent of 亿 or a 亿th place is no figure. */
export const UNSCALED_UNITS: readonly string[] = ['percent', 'rank']

/** Whether a unit and multiplier agree: a percent or a rank has multiplier 0. */
export function multiplierFitsUnit(record: { readonly unit: unknown; readonly multiplier: unknown }): boolean {
  return !UNSCALED_UNITS.includes(record.unit as string) || record.multiplier === 0
}

/**
 * Whether a level is not below zero: every level the zone reports (an amount, a count, an area)
 * is zero or more, so a negative one is a sign error, not a figure.
 */
export function levelNotNegative(record: { readonly value: number; readonly measure?: unknown }): boolean {
  return record.measure !== 'level' || record.value >= 0
}

/**
 * Whether a growth is not below -100%: below it, the level would have fallen below zero, which
 * no level the zone reports can.
 */
export function growthAboveFloor(record: { readonly value: number; readonly measure?: unknown }): boolean {
  return record.measure !== 'growth' || record.value >= -100
}

/**
 * Whether a value lies within what its measure and unit allow: a level or a count is not
 * negative, a growth not below -100%, a rank is 1 or more, a share is 0–100, and so is a level
 * stated in percent: a level has no percent of its own, so one in percent is a part of a whole
 * (免申即享政策占比, the share of policies granted without application), and no part exceeds the
 * whole. The schemas and the check of a caller's record (and so `format`) apply it alike.
 */
export function valueInRange(record: { readonly value: number; readonly unit?: unknown; readonly measure?: unknown }): boolean {
  if (!levelNotNegative(record) || !growthAboveFloor(record)) return false
  if (record.unit === 'count' && record.value < 0) return false
  if (record.unit === 'rank' && record.value < 1) return false
  return !partOfWhole(record) || (record.value >= 0 && record.value <= 100)
}

/** Whether a value is a part of a whole in percent (0–100): a share, or a level stated in percent. */
export function partOfWhole(record: { readonly unit?: unknown; readonly measure?: unknown }): boolean {
  return record.measure === 'share' || (record.measure === 'level' && record.unit === 'percent')
}

/**
 * Whether a count is a whole number of things at its multiplier: 9.5 hospitals is no count, nor
 * is 5.00001万 people (50,000.1). Read from the value's decimal digits at 15 significant digits
 * (as parseDecimal reads a number), not by multiplying floats: 2.4 × 10^4 is 23999.999999999996.
 * A value of another unit, or with no unit stated, is not a count.
 */
export function countIsWhole(record: { readonly value: number; readonly unit?: unknown; readonly multiplier?: unknown }): boolean {
  if (record.unit !== 'count') return true
  if (!Number.isFinite(record.value)) return false
  const [digits = '', exponent = '0'] = record.value.toPrecision(15).split('e')
  const fraction = (digits.split('.')[1] ?? '').replace(/0+$/, '')
  return fraction.length <= (typeof record.multiplier === 'number' ? record.multiplier : 0) + Number(exponent)
}

/**
 * The most decimals a record may state: `format` and the record check refuse more, as
 * `Number.prototype.toFixed` (which prints and checks them) took 0–20 until ES2018. No published
 * figure comes near it; a small value in a large unit (0.000001亿) does need more than a few.
 */
export const MAX_DECIMALS = 20

/**
 * Whether a value has no more decimals than its record states (3201.25 with `decimals: 1` has
 * more): the published decimals are data, and a value with more digits contradicts them.
 */
export function decimalsFitValue(record: { readonly value: number; readonly decimals: number }): boolean {
  return Number(record.value.toFixed(record.decimals)) === record.value
}

/**
 * Whether a bound fits the measure: `top` (前三, within the top N) bounds a place in a ranking,
 * so it is for a rank only; on a level or a rate it would be read as an exact number.
 */
export function boundFitsMeasure(record: { readonly bound?: unknown; readonly measure?: unknown }): boolean {
  return record.bound !== 'top' || record.measure === 'rank'
}

/** The zone whose figures come with or without the Shuangliu area (含/不含双流园区): the comprehensive bonded zone. */
export const COVERAGE_SCOPE = 'bonded-zone'

/**
 * Whether a figure states a coverage exactly where it has one: a bonded-zone figure must say
 * whether it includes the Shuangliu area (or that the source does not say), and no other scope
 * has such a choice, so a coverage there would make a break in series out of nothing.
 */
export function coverageFitsScope(record: { readonly scope?: unknown; readonly coverage?: unknown }): boolean {
  return (record.scope === COVERAGE_SCOPE) === (record.coverage !== undefined)
}
