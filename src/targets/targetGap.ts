import { compareDecimals, decimalToString, subtractDecimals } from '../_internal/decimal.js'
import { finiteResult, refuse } from '../_internal/checkNumber.js'
import { checkObservation } from '../_internal/recordShape.js'
import { actualValue, basisUnknown, datasetActual, resolveTarget, targetKind, targetValue } from '../_internal/targetActual.js'
import type { TargetId } from '../data/ids.js'
import { findObservation } from '../query/findObservation.js'
import type { Observation, Target } from '../types.js'
import { frozenRecord } from '../_internal/frozenRecord.js'

/**
 * How an actual stands against a target, from {@link targetGap}. Amounts are in the target's
 * unit and multiplier.
 * @category Targets
 */
export interface TargetGap {
  /** The target: the package's record, or a deep-frozen copy of the caller's. */
  readonly target: Target
  /** The actual value, rescaled to the target's multiplier. */
  readonly actual: number
  /** The observation the actual comes from (a caller's as a deep-frozen copy), or `null` when the caller passed a number. */
  readonly observation: Observation | null
  /** `lower` when the actual is a lower bound (超…): the true value is more. */
  readonly actualBound: 'exact' | 'lower'
  /**
   * `target − actual`, computed on the decimals (no float residue): above zero, what is still
   * missing; zero or below, the target's value is reached (by `-gap`). For a growth target, in
   * percentage points.
   */
  readonly gap: number
  /** `actual / target`: the share of the target's value reached (1 = reached); `null` when the target's value is not above zero. */
  readonly progress: number | null
  /**
   * Whether the target is met, honouring its comparator: `gte` (达到, 以上) is met by reaching
   * the value, `gt` (突破, 超) only by exceeding it; `eq` (a planned quantity, 筹集1580套) is met
   * by delivering it, and delivering more meets it too. `null` when it cannot be told: the actual
   * is a lower bound below the target, or a growth whose price basis is unspecified against a
   * real or nominal target (or the reverse). A caller's number is read at 15 significant digits, so
   * float residue (`1110.7 + 1089.9` is 2200.6000000000004) never decides it.
   */
  readonly met: boolean | null
}

/**
 * How far an actual is from a target: the gap in the target's unit, the share reached, and
 * whether it is met. A lower-bound actual (超1400) counts as "more than" its value: it meets a
 * target at or below that value, and leaves `met` unknown (`null`) below.
 *
 * The actual may be a number (in the target's unit and multiplier) or an observation of the same
 * indicator, scope, measure and unit (rescaled from its multiplier; for a flow, of the target's
 * period). Left out, it is the dataset's observation for the target's indicator, period, scope
 * and measure; where the data has none, pass one.
 *
 * It compares the values as given. Whether the target and the figure are on one footing — no
 * break in series since the target was set — is {@link assessTarget}'s question: there such a
 * target has `met: null` and is at most `undetermined`.
 *
 * @category Targets
 * @param target - The target, or its id.
 * @param actual - The actual value or observation; by default the dataset's.
 * @returns The gap, progress and verdict, frozen.
 * @throws {@link CdhtDataError} `UNKNOWN_ID` (`target`), `INVALID_ARGUMENT` or `INVALID_PERIOD`
 * naming the first bad field of a malformed record (`target.multiplier`, `actual.bound`; a
 * percent with a multiplier, a value with more decimals than stated), `UNKNOWN_ID` for a scope
 * that is no id (`target.scope`), `INVALID_ARGUMENT` (`actual`, `actual.value`) for a negative actual
 * of a level target (a level is never below zero), one below -100 of a growth target, and one
 * above 100 of a target in percent of a whole (a share, or a level in percent such as a rate of
 * policies),
 * `NOT_FINITE` (`actual`, also a numeric string; `target.value` when the share reached overflows),
 * `NOT_INTEGER` (`actual`, `actual.value`) for a fraction of a counted thing at any multiplier (9.5 hospitals, 2.40000001万 people),
 * `INVALID_ARGUMENT` (`target.basis`) and `UNIT_MISMATCH` (`target.unit`) when the actual is the
 * dataset's and a caller's target states another price basis or unit than the dataset's figure,
 * `INVALID_ARGUMENT` (`actual` when the data has none; `actual.indicator`, `actual.measure`,
 * `actual.bound`, `actual.basis`; `actual.status` not `actual` and `target.status` not `target`
 * or `plan`: a target is not an actual; `actual` or `target` when reading it throws, as a revoked
 * proxy does; a record nested over 32 levels deep), `UNIT_MISMATCH` (`actual.unit`), `SCOPE_MISMATCH`
 * (`actual.scope`), `INVALID_PERIOD` (`actual.period`).
 * @example
 * ```ts
 * import { targetGap } from 'cdht-data'
 * // 2021: GDP target 2600 亿元, actual 2800.6 亿元
 * const gap = targetGap('gdp-target-2021')
 * console.log([gap.gap, gap.met, gap.progress?.toFixed(3)])
 * //=> [-200.6, true, '1.077']
 * ```
 * @example
 * ```ts
 * import { targetGap } from 'cdht-data'
 * // 突破1600亿元 (comparator 'gt'): reaching 1600 is not enough, exceeding it is
 * console.log([targetGap('bio-industry-scale-bio-town-2024', 1600).met, targetGap('bio-industry-scale-bio-town-2024', 1600.1).met])
 * //=> [false, true]
 * ```
 */
export function targetGap(target: Target | TargetId, actual?: Observation | number): TargetGap {
  const record = frozenRecord(resolveTarget(target))
  // Only a missing actual means "the dataset's": null is a bad actual, not an absent one.
  let given = actual
  if (actual === undefined) given = findObservation(record.indicator, record.period, { scope: record.scope, measure: record.measure })
  if (given === undefined) refuse('INVALID_ARGUMENT', 'actual', `the dataset has no actual for ${record.id}: pass one`)
  return gapOf(record, actual === undefined ? datasetActual(record, given as Observation) : given, 'actual')
}

/** {@link targetGap} of a checked target and a given actual, naming the actual `input` in errors (`options.actual`). */
export function gapOf(record: Target, actual: Observation | number, input: string): TargetGap {
  // One read of a caller's observation: the figure compared is the one handed back.
  const given = typeof actual === 'object' ? checkObservation(actual, input) : actual
  // What is measured first (actualValue checks the record and what it measures): another
  // indicator or a growth is that, not a wrong period.
  const reached = actualValue(record, given, input)
  if (typeof given === 'object' && targetKind(record) === 'flow' && given.period !== record.period) {
    refuse('INVALID_PERIOD', `${input}.period`, `a flow target for ${record.period} needs an actual for that period, not ${given.period}`)
  }
  const goal = targetValue(record)
  const versus = compareDecimals(reached.decimal, goal)
  const exceeds = record.comparator === 'gt' ? versus > 0 : versus >= 0
  return Object.freeze({
    target: frozenRecord(record),
    actual: reached.value,
    observation: typeof actual === 'object' ? frozenRecord(actual, given as Observation) : null,
    actualBound: reached.lower ? 'lower' : 'exact',
    gap: finiteResult(Number(decimalToString(subtractDecimals(goal, reached.decimal))), 'target.value'),
    progress: record.value > 0 ? finiteResult(reached.value / record.value, 'target.value') : null,
    // "More than x" with x at or above the value exceeds it; below, the truth may lie either side.
    met: typeof given === 'object' && basisUnknown(given, record) ? null : reached.lower ? (versus >= 0 ? true : null) : exceeds,
  })
}
