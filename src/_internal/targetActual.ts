import type { TargetId } from '../data/ids.js'
import { periodBounds } from '../time/periodBounds.js'
import type { Observation, Target } from '../types.js'
import { lookup } from './byId.js'
import { frozenRecord } from './frozenRecord.js'
import { finite, finiteResult, refuse } from './checkNumber.js'
import { checkObservation, checkTarget, figureFits } from './recordShape.js'
import { type Decimal, decimalToString, parseDecimal, shiftDecimal } from './decimal.js'
import { indicatorKinds } from '../data/lookups.js'
import { targetsById } from './indexes.js'
import { sameFields } from './levelPair.js'
import { knownZone } from './knownIds.js'

/**
 * The target record, looked up when given by id (`UNKNOWN_ID` naming `target`), or checked
 * against the record shape, its scope a zone the data has (`UNKNOWN_ID` naming `target.scope`),
 * and frozen as it was checked.
 */
export function resolveTarget(target: Target | TargetId): Target {
  if (typeof target === 'string') return lookup(targetsById, target, 'target', 'target')
  const record = checkTarget(target, 'target')
  knownZone(record.scope, 'target.scope')
  return frozenRecord(target, record)
}

/** Whether a target's indicator is a flow or a stock (`UNKNOWN_ID` naming `target.indicator`). */
export function targetKind(target: Target): 'flow' | 'stock' {
  return lookup(indicatorKinds, target.indicator, 'indicator', 'target.indicator')
}

/** A value in the target's unit and multiplier, exactly, with whether it is a lower bound. */
export interface TargetValue {
  readonly decimal: Decimal
  readonly value: number
  readonly lower: boolean
}

/**
 * Reads an actual against a target: a number is taken in the target's unit and multiplier; an
 * observation must measure the same thing (indicator, scope, measure, unit and, for growth,
 * not the other price basis) and is rescaled to the target's multiplier.
 */
export function actualValue(target: Target, actual: Observation | number, input: string): TargetValue {
  // A numeric string is refused like any other non-number (NOT_FINITE), as growthRate does.
  if (typeof actual !== 'object') {
    const value = notNegativeLevel(target, finite(actual, input), input)
    // In the target's unit, the rules a record of it would keep: 9.5 hospitals or 2.40000001万
    // people is no count, -150% no growth, 130% of the policies no part of them.
    figureFits({ ...target, value }, input)
    return scaled(parseDecimal(value, input), 0, false, input)
  }
  const observation = checkObservation(actual, input)
  sameFields(observation, input, { indicator: target.indicator, scope: target.scope, measure: target.measure, unit: target.unit })
  if (observation.bound === 'top') refuse('INVALID_ARGUMENT', `${input}.bound`, 'a top-N rank')
  if (basesDiffer(observation, target)) refuse('INVALID_ARGUMENT', `${input}.basis`, `${String(observation.basis)} is not ${String(target.basis)}`)
  return scaled(parseDecimal(notNegativeLevel(target, observation.value, `${input}.value`), `${input}.value`), observation.multiplier - target.multiplier, observation.bound === 'lower', `${input}.value`)
}

/** Whether one growth is real and the other nominal: no comparison of the two means anything. */
function basesDiffer(actual: Observation, target: Target): boolean {
  const bases = [actual.basis, target.basis]
  return bases.includes('real') && bases.includes('nominal')
}

/**
 * The dataset's actual for a target, checked against what the target states: where a caller's
 * target is nominal growth and the dataset's figures are real, or it is in another unit, the
 * target disagrees with the data, and the error names the target (`INVALID_ARGUMENT` naming
 * `target.basis`, `UNIT_MISMATCH` naming `target.unit`), not an actual the caller never gave.
 */
export function datasetActual(target: Target, observation: Observation): Observation {
  const field = basesDiffer(observation, target) ? 'basis' : observation.unit !== target.unit ? 'unit' : undefined
  if (field !== undefined) refuse(field === 'unit' ? 'UNIT_MISMATCH' : 'INVALID_ARGUMENT', `target.${field}`, `${String(target[field])}, but the dataset's ${observation.id} is ${String(observation[field])}`)
  return observation
}

/**
 * Whether an actual growth and a target may be on different price bases: one states its basis
 * (real or nominal) and the other leaves it unspecified, so "met" cannot be told.
 */
export function basisUnknown(actual: Observation, target: Target): boolean {
  return actual.basis !== target.basis && (actual.basis === 'unspecified' || target.basis === 'unspecified')
}

/**
 * A level target's actual is a count, an amount of output or of money raised, or a flow
 * accumulated since the period began: none is ever below zero (every level in the data is at or
 * above it), so a negative one is refused (`INVALID_ARGUMENT` naming `input`) rather than read as
 * progress below nothing.
 */
function notNegativeLevel(target: Target, value: number, input: string): number {
  return target.measure === 'level' && value < 0 ? refuse('INVALID_ARGUMENT', input, `a level of ${target.indicator} is never negative: ${value}`) : value
}

/** The target's own value, exactly. */
export function targetValue(target: Target): Decimal {
  return parseDecimal(target.value, 'target.value')
}

/** The first and last day a target covers: its period's first day and its deadline. */
export function targetSpan(target: Target): { readonly start: string; readonly end: string } {
  return { start: periodBounds(target.period).start, end: target.deadline }
}

function scaled(decimal: Decimal, places: number, lower: boolean, input: string): TargetValue {
  const shifted = shiftDecimal(decimal, places)
  // Read at 15 digits, Number.MAX_VALUE rounds up past the largest double; rescaling can overflow too.
  return { decimal: shifted, value: finiteResult(Number(decimalToString(shifted)), input), lower }
}
