import type { Observation, Target } from '../types.js'
import { finite, refuse, show } from './checkNumber.js'
import { BASES, BOUNDS, COVERAGES, MEASURES, UNITS } from './codeLists.js'
import { COVERAGE_SCOPE, MAX_DECIMALS, boundFitsMeasure, countIsWhole, coverageFitsScope, decimalsFitValue, growthAboveFloor, levelNotNegative, multiplierFitsUnit, partOfWhole, valueInRange } from './figureRules.js'
import { multiplier } from './multiplier.js'
import { knownIndicator, knownZone } from './knownIds.js'
import { plainData, THROWS } from './plainData.js'

// A hand-written check of the record shapes the helpers read, so a caller's malformed record
// (multiplier 3, bound 'bogus', a missing field) ends in our typed error naming the field, not
// in a TypeError or a silently wrong number. Not zod: the main entry never loads it.

const COMPARATORS: readonly unknown[] = ['gt', 'gte', 'eq']
// A record id, as IdSchema has it: lowercase words and digits joined by hyphens.
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

type Fields = Readonly<Record<string, unknown>>

/**
 * The object's own enumerable fields, read once into an object without a prototype, or
 * `INVALID_ARGUMENT` naming `input` for anything but an object (null, an array) and for an
 * object that throws when read (a revoked proxy). What is checked is then what is used (a getter
 * cannot answer one value to the check and another later), and nothing inherited is read (a
 * polluted `Object.prototype.scope` is no option).
 */
export function objectArgument(value: unknown, input: string): Fields {
  try {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { __proto__: null, ...value }
  } catch {
    return refuse('INVALID_ARGUMENT', input, THROWS)
  }
  return refuse('INVALID_ARGUMENT', input, `not an object: ${show(value)}`)
}

/**
 * An options argument, as its own fields (see {@link objectArgument}): `undefined` is `{}`; anything
 * but a plain object is `INVALID_ARGUMENT` naming `input` (a `Date`, a `Map` or a class instance
 * holds no options, so it would answer as if none were given), and so is an option not in `known`
 * (naming `options.status`): a misspelt option would otherwise be silently ignored; and an option
 * given as `null` (naming `options.locale`), which would otherwise read as left out.
 */
export function optionsArgument<Options extends object>(value: Options | undefined, known: readonly string[], input = 'options'): Options {
  // No options are an empty object without a prototype too: a polluted prototype is no option.
  if (value === undefined) return { __proto__: null } as Options
  const given = objectArgument(value, input)
  if (!plainObject(value)) {
    const tag = Object.prototype.toString.call(value).slice(8, -1)
    refuse('INVALID_ARGUMENT', input, `not a plain object: ${tag === 'Object' ? 'an instance of a class' : `a ${tag}`}`)
  }
  knownOptions(given, known, input)
  const unset = Object.keys(given).find((key) => given[key] === null)
  if (unset !== undefined) refuse('INVALID_ARGUMENT', `${input}.${unset}`, 'null: leave an option out to take its default')
  return given as Options
}

/**
 * Whether an object is plain: its prototype is `Object.prototype` (of any realm: that of an
 * iframe or a `vm` context is another object) or `null`. Not `instanceof`, which fails across
 * realms; the tag tells a plain object from a `Date` or arguments whose prototype's prototype is
 * also null-ended.
 */
function plainObject(value: object): boolean {
  try {
    const prototype: unknown = Object.getPrototypeOf(value)
    return prototype === null || (Object.getPrototypeOf(prototype) === null && Object.prototype.toString.call(value) === '[object Object]')
  } catch {
    return false
  }
}

/** Throws `INVALID_ARGUMENT` naming the first own key of `options` that is not in `known`. */
export function knownOptions(options: object, known: readonly string[], input = 'options'): void {
  const unknown = Object.keys(options).find((key) => !known.includes(key))
  if (unknown !== undefined) refuse('INVALID_ARGUMENT', `${input}.${unknown}`, `not an option (known: ${known.join(', ') || 'none'})`)
}

/**
 * A record's `decimals`: a whole number (`NOT_INTEGER`) from 0 to {@link MAX_DECIMALS}
 * (`INVALID_ARGUMENT`), naming `input`.
 */
export function decimalsArgument(value: unknown, input: string): number {
  const decimals = finite(value, input)
  if (!Number.isInteger(decimals)) refuse('NOT_INTEGER', input, `not a whole number: ${decimals}`)
  if (decimals < 0 || decimals > MAX_DECIMALS) refuse('INVALID_ARGUMENT', input, `not within 0-${MAX_DECIMALS}: ${decimals}`)
  return decimals
}

/** A string, or `INVALID_ARGUMENT` naming `input`. */
export function stringArgument(value: unknown, input: string): string {
  return typeof value === 'string' ? value : refuse('INVALID_ARGUMENT', input, `not a string: ${show(value)}`)
}

/** One of `allowed` (or absent where `optional`), or `INVALID_ARGUMENT` naming `input`. */
export function oneOf(value: unknown, allowed: readonly unknown[], input: string, optional = false): void {
  if (!allowed.includes(value) && !(optional && value === undefined)) refuse('INVALID_ARGUMENT', input, `not one of ${allowed.join(', ')}: ${show(value)}`)
}

const PERIOD = /^\d{4}(?:-(?:0[1-9]|1[0-2])\/\d{4}-(?:0[1-9]|1[0-2])|-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))?$/

/**
 * A period (`YYYY`, `YYYY-MM/YYYY-MM` ending on or after it starts, or a day the month has), or
 * `INVALID_PERIOD` naming `input`. Not periodBounds: this check is bundled with growthRate.
 */
export function periodArgument(value: unknown, input: string): string {
  const period = stringArgument(value, input)
  const [first = '', last = first] = period.split('/')
  // Date.parse rolls 2021-02-30 over to March (or gives NaN): the day must come back unchanged.
  const time = Date.parse(period)
  const valid = PERIOD.test(period) && (period.length === 10 ? Number.isFinite(time) && new Date(time).toISOString().startsWith(period) : first <= last)
  return valid ? period : refuse('INVALID_PERIOD', input, `not a period: ${show(value)}`)
}

/** The first day of a checked period, `YYYY-MM-DD`. */
export function firstDay(period: string): string {
  const first = period.slice(0, period.indexOf('/') + 1 || undefined).replace('/', '')
  return first.length === 4 ? `${first}-01-01` : first.length === 7 ? `${first}-01` : first
}

/**
 * The last day of a checked period for comparing with days as text: a month ends on `-31`
 * (`2021-09-31`), which sorts after every day of it and before the next month.
 */
export function lastDay(period: string): string {
  const last = period.slice(period.indexOf('/') + 1)
  return last.length === 4 ? `${last}-12-31` : last.length === 7 ? `${last}-31` : last
}

/** The fields an observation and a target share: what is measured, where, and the value's shape. */
function measured(record: Fields, input: string): void {
  stringArgument(record.indicator, `${input}.indicator`)
  oneOf(record.measure, MEASURES, `${input}.measure`)
  oneOf(record.basis, BASES, `${input}.basis`, true)
  // As the schemas have it: a growth states its price basis (real, nominal or unspecified), and
  // nothing else has one. A missing basis must not pass as the target's.
  if ((record.measure === 'growth') !== (record.basis !== undefined)) {
    refuse('INVALID_ARGUMENT', `${input}.basis`, record.measure === 'growth' ? 'required for a growth (real, nominal or unspecified)' : `only a growth has one, not a ${show(record.measure)}`)
  }
  // A scope that is no id at all ('📈') is an unknown id, not a mismatch with the other record's
  // scope. A well-formed one is accepted here, as the schemas accept records of your own; the
  // helpers that look up a series check it against the zones (checkKnownObservation).
  if (!ID.test(stringArgument(record.scope, `${input}.scope`))) refuse('UNKNOWN_ID', `${input}.scope`, `no zone can have the id ${show(record.scope)}`)
  periodArgument(record.period, `${input}.period`)
  finite(record.value, `${input}.value`)
  decimalsArgument(record.decimals, `${input}.decimals`)
  oneOf(record.unit, UNITS, `${input}.unit`)
  multiplier(record.multiplier, `${input}.multiplier`)
  const figure = record as { value: number; decimals: number; unit: unknown; multiplier: unknown; measure: unknown }
  figureAgrees(figure, input)
  // A record states its measure, so the schemas' ranges hold for it (a share of 150, a rank of 0).
  if (!valueInRange(figure)) refuse('INVALID_ARGUMENT', `${input}.value`, `out of range for a ${String(record.measure)} in ${String(record.unit)}: ${figure.value}`)
}

/**
 * The rules the zod schemas check too (src/_internal/figureRules.ts): a percent or a rank has
 * multiplier 0, a level is not negative, a growth not below -100%, a part of a whole not above
 * 100%, a count is a whole number of things, and a value has no
 * more decimals than `decimals` states. Each is `INVALID_ARGUMENT` naming the field that
 * contradicts the value (`record.multiplier`, `record.value`, `record.decimals`); a fractional
 * count is `NOT_INTEGER` naming `record.value`, as a fractional rank is.
 */
export function figureAgrees(record: { readonly value: number; readonly decimals: number; readonly unit: unknown; readonly multiplier: unknown; readonly measure?: unknown }, input: string): void {
  figureFits(record, `${input}.value`)
  if (!multiplierFitsUnit(record)) refuse('INVALID_ARGUMENT', `${input}.multiplier`, `not 0 for a ${String(record.unit)}`)
  if (!decimalsFitValue(record)) refuse('INVALID_ARGUMENT', `${input}.decimals`, `${String(record.value)} has more decimals than the ${String(record.decimals)} stated`)
}

/**
 * The value's own rules, naming `input` (`record.value`, or `actual` for a number given in a
 * target's unit): `INVALID_ARGUMENT` for a level below zero, a growth below -100%, a part of a
 * whole (a share, a level in percent) above 100%; `NOT_INTEGER` for a fraction of a count.
 */
export function figureFits(record: { readonly value: number; readonly unit: unknown; readonly multiplier: unknown; readonly measure?: unknown }, input: string): void {
  if (!levelNotNegative(record)) refuse('INVALID_ARGUMENT', input, `a level is never below zero: ${record.value}`)
  if (!growthAboveFloor(record)) refuse('INVALID_ARGUMENT', input, `a growth is never below -100%: ${record.value}`)
  if (partOfWhole(record) && record.value > 100) refuse('INVALID_ARGUMENT', input, `a part of a whole is never above 100%: ${record.value}`)
  wholeCount(record, input)
}

/**
 * `NOT_INTEGER` naming `input` for a fraction of a counted thing at any multiplier (9.5
 * hospitals, 5.00001万 people): a record's value, or a number given in a count target's unit.
 */
export function wholeCount(record: { readonly value: number; readonly unit: unknown; readonly multiplier: unknown }, input: string): void {
  if (!countIsWhole(record)) refuse('NOT_INTEGER', input, `not a whole count: ${record.value} × 10^${String(record.multiplier)}`)
}

/**
 * Checks that `value` has the shape of an {@link Observation}, naming the first bad field
 * (`actual.multiplier`), and returns the fields it checked (own fields, read once): read those,
 * not `value`, where an inherited field would change the result (`coverage`, `basis`).
 */
export function checkObservation(value: unknown, input: string): Observation {
  const record = objectArgument(value, input)
  // The copy is walked, with the record as its ancestor: a record that contains itself still says so.
  plainData(record, input, [value])
  measured(record, input)
  // A target is not an actual: its value is a goal, not a figure that happened.
  oneOf(record.status, ['actual'], `${input}.status`)
  oneOf(record.bound, BOUNDS, `${input}.bound`)
  oneOf(record.coverage, COVERAGES, `${input}.coverage`, true)
  // The schemas' rules too: a top-N bound belongs to a rank, coverage to the bonded zone alone.
  if (!boundFitsMeasure(record)) refuse('INVALID_ARGUMENT', `${input}.bound`, `top (within the top N) is for a rank, not a ${show(record.measure)}`)
  if (!coverageFitsScope(record)) {
    refuse('INVALID_ARGUMENT', `${input}.coverage`, record.coverage === undefined ? `required for the ${COVERAGE_SCOPE} scope` : `only the ${COVERAGE_SCOPE} scope has one, not ${show(record.scope)}`)
  }
  return record as unknown as Observation
}

/**
 * {@link checkObservation} for a caller's observation that a helper compares with the dataset's
 * series: its indicator and scope must be ones the dataset has (`UNKNOWN_ID` naming
 * `input.indicator`, `input.scope`), since breaks in series are found by both, and a misspelt one
 * ('cdth', 'GDP') would hide them. The id lists, not the records: a few hundred bytes (measured:
 * the indicator ids cost growthRate less than the keys of the flow/stock map).
 */
export function checkKnownObservation(value: unknown, input: string): Observation {
  const record = checkObservation(value, input)
  knownIndicator(record.indicator, `${input}.indicator`)
  knownZone(record.scope, `${input}.scope`)
  return record
}

/** Checks that `value` has the shape of a {@link Target}, naming the first bad field (`target.comparator`); returns the fields it checked, as {@link checkObservation} does. */
export function checkTarget(value: unknown, input: string): Target {
  const record = objectArgument(value, input)
  plainData(record, input, [value])
  stringArgument(record.id, `${input}.id`)
  measured(record, input)
  oneOf(record.status, ['target', 'plan'], `${input}.status`)
  oneOf(record.comparator, COMPARATORS, `${input}.comparator`)
  const deadline = periodArgument(record.deadline, `${input}.deadline`)
  if (deadline.length !== 10 || firstDay(record.period as string) > deadline) {
    refuse('INVALID_PERIOD', `${input}.deadline`, `not a day on or after the period's start: ${show(deadline)}`)
  }
  return record as unknown as Target
}
