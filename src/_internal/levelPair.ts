import type { ComputedBound } from '../growth/types.js'
import type { Observation, SeriesBreak } from '../types.js'
import { refuseAcrossBreaks } from './breaks.js'
import { refuse } from './checkNumber.js'
import { checkKnownObservation } from './recordShape.js'

type Field = 'indicator' | 'unit' | 'scope' | 'period' | 'measure'
const codes = {
  indicator: 'INVALID_ARGUMENT',
  unit: 'UNIT_MISMATCH',
  scope: 'SCOPE_MISMATCH',
  period: 'INVALID_PERIOD',
  measure: 'INVALID_ARGUMENT',
} as const

/** Throws, naming `${name}.${field}`, at the first of `fields` where `record` differs from `expected`. */
export function sameFields(record: Pick<Observation, Field>, name: string, expected: Partial<Pick<Observation, Field>>): void {
  for (const [field, value] of Object.entries(expected) as [Field, string][]) {
    if (record[field] !== value) refuse(codes[field], `${name}.${field}`, `${record[field]} is not ${value}`)
  }
}

/** Two comparable levels, the earlier rescaled to the later one's multiplier. */
export interface LevelPair {
  readonly later: number
  readonly earlier: number
  readonly bound: ComputedBound
}

/**
 * Checks that two observations are levels of the same indicator, unit and scope for periods of
 * the same shape (a year with a year, Q1–Q3 with Q1–Q3), the earlier strictly first, and says
 * which way a lower-bound value bends the rate between them. A break in series between them is
 * `BREAK_IN_SERIES` naming the earlier one: values on either side are not comparable; two that
 * both leave their coverage unstated are `COMPARABILITY_UNKNOWN` naming its `coverage`. The
 * records are checked in the caller's argument order: later first, or earlier first with
 * `earlierFirst` (cagr takes the first value first).
 */
export function levelPair(
  laterRecord: Observation,
  earlierRecord: Observation,
  laterName: string,
  earlierName: string,
  breaks?: readonly SeriesBreak[],
  earlierFirst = false,
): LevelPair {
  // The checked own fields only: an inherited coverage is not the record's.
  const check = (record: Observation, name: string): Observation => {
    const checked = checkKnownObservation(record, name)
    sameFields(checked, name, { measure: 'level' })
    return checked.bound === 'top' ? refuse('INVALID_ARGUMENT', `${name}.bound`, 'a top-N rank has no rate') : checked
  }
  const first = earlierFirst ? check(earlierRecord, earlierName) : undefined
  const later = check(laterRecord, laterName)
  const earlier = first ?? check(earlierRecord, earlierName)
  sameFields(earlier, earlierName, { indicator: later.indicator, scope: later.scope })
  // Two stock dates (2022-12-31, 2024-02-22) are both earlier and later: say which rule fails.
  const sameShape = periodShape(earlier.period) === periodShape(later.period)
  if (!sameShape || earlier.period >= later.period) {
    const days = earlier.period.length === 10 && later.period.length === 10
    const why = sameShape ? 'before' : days ? 'a whole number of years before' : 'a period of the same length as'
    refuse('INVALID_PERIOD', `${earlierName}.period`, `${earlier.period} is not ${why} ${later.period}`)
  }
  // Before the unit check: US dollars against yuan is a currency break, and says so.
  refuseAcrossBreaks(earlier, later, earlierName, breaks)
  sameFields(earlier, earlierName, { unit: later.unit })
  // Both ends unknown from above: the rate could be anything, so a number would mislead.
  if (earlier.bound === 'lower' && later.bound === 'lower') refuse('INVALID_ARGUMENT', `${earlierName}.bound`, 'both are lower bounds')
  return {
    later: later.value,
    earlier: earlier.value * 10 ** (earlier.multiplier - later.multiplier),
    bound: later.bound === 'lower' ? 'lower' : earlier.bound === 'lower' ? 'upper' : 'exact',
  }
}

/** The period with its years blanked out: periods of the same shape cover the same part of a year. */
export function periodShape(period: string): string {
  return period.replace(/\d{4}/g, 'Y')
}
