import { breaksBetween, breaksSinceSet, footingUnknown } from '../_internal/breaks.js'
import { datasetArgument } from '../_internal/datasetArgument.js'
import { knownOn } from '../_internal/knownOn.js'
import { publicationDays } from '../_internal/publicationDays.js'
import { beijingDay } from '../time/beijingDay.js'
import { calendarDay } from '../time/calendarDay.js'
import { periodShape } from '../_internal/levelPair.js'
import { refuse } from '../_internal/checkNumber.js'
import { checkObservation, optionsArgument } from '../_internal/recordShape.js'
import { basisUnknown, datasetActual, resolveTarget, targetKind, targetSpan } from '../_internal/targetActual.js'
import type { TargetId } from '../data/ids.js'
import { periodBounds } from '../time/periodBounds.js'
import type { DatasetView, DateInput } from '../query/asOf.js'
import { observationSeries } from '../query/observationSeries.js'
import type { Comparability } from '../growth/types.js'
import type { Observation, SeriesBreak, Target } from '../types.js'
import { type Pace, onPace } from './onPace.js'
import { type RequiredGrowth, requiredGrowth } from './requiredGrowth.js'
import { type TargetGap, gapOf } from './targetGap.js'
import { daysLeftOn, elapsedOn } from '../_internal/targetDays.js'
import { frozenRecord } from '../_internal/frozenRecord.js'

/**
 * What became of a target on a day, from {@link assessTarget}:
 * - `met`: an actual reaches it (honouring its comparator);
 * - `missed`: the actual for its period falls short;
 * - `undetermined`: the actual is a lower bound below it, so the bounds overlap (超1400 against 1500),
 *   or the actual may not be on the target's footing (breaks in series since it was set, or
 *   coverage unstated: see {@link TargetAssessment.comparability});
 * - `not-published`: the deadline has passed and the dataset holds no actual that decides it;
 * - `pending`: the deadline is not reached and no actual decides it yet.
 * @category Targets
 */
export type TargetOutcome = 'met' | 'missed' | 'undetermined' | 'not-published' | 'pending'

/**
 * Options of {@link assessTarget}.
 * @category Targets
 */
export interface AssessTargetOptions {
  /**
   * The day to assess on: a `YYYY-MM-DD` string is that calendar day; a `Date` (of any realm) or
   * a date-time with an offset is an instant whose calendar day is taken in Beijing
   * (Asia/Shanghai), whatever the host's zone. By default today, in Beijing.
   */
  readonly on?: DateInput
  /**
   * The actual, as a number in the target's unit and multiplier or an observation; by default the
   * dataset's. A number is the value reached by `on`: before the deadline it meets the target or
   * leaves it pending (with its pace, for a flow), never missed. An observation is a published
   * actual, so its period must have ended by `on` (all of 2025 cannot be known on 2025-06-30),
   * and where it cites one of the package's sources, that source must have been published by
   * `on` (a record of your own, citing a source of your own, is yours to date); an estimate for a
   * period still running is a number, not an observation.
   */
  readonly actual?: Observation | number
  /** The dataset the evidence comes from, by default all of it; `asOf(day)` leaves out what was published later. */
  readonly dataset?: DatasetView
}

/**
 * Everything about a target on a day, from {@link assessTarget}.
 * @category Targets
 */
export interface TargetAssessment {
  /** The target. */
  readonly target: Target
  /** What became of it (exactly one word). */
  readonly outcome: TargetOutcome
  /** The day assessed, `YYYY-MM-DD`. */
  readonly on: string
  /**
   * The actual that decides it or the latest one towards it, as {@link targetGap} measures it
   * (with `met: null` when {@link TargetAssessment.breaks} is not empty); `null` when there is none.
   */
  readonly gap: TargetGap | null
  /** The observation the actual comes from; `null` when there is none or the caller gave a number. */
  readonly evidence: Observation | null
  /** Calendar days from `on` to the deadline (see {@link daysLeft}); negative once it has passed. */
  readonly daysLeft: number
  /** The share of the target's time passed by the end of `on` (see {@link periodElapsed}). */
  readonly elapsed: number
  /** For a pending level target of a flow with a figure for part of its period: {@link onPace} of it; else `null`. */
  readonly pace: Pace | null
  /** For a pending level target: {@link requiredGrowth} from the latest level before its period with no break between; else `null`. */
  readonly requiredGrowth: RequiredGrowth | null
  /**
   * Breaks in series from the day the target was set to the end of its period, those in effect
   * by the day assessed: the target was set on one footing and is measured on another, so no
   * figure can show it met or missed (`undetermined` at most). A break counts from its own day,
   * even before figures on both sides of it are published (a view of `asOf` holds it only from
   * then); pass `dataset: asOf(on)` to judge by what the view of that day holds.
   */
  readonly breaks: readonly SeriesBreak[]
  /**
   * Whether the target and its actual are on one footing: `break` when {@link TargetAssessment.breaks}
   * is not empty; `unknown` when the actual is an observation whose coverage is `unstated` (the
   * bonded zone with or without the Shuangliu area: a target states no coverage and is read on
   * its actual's footing, unknown here), or a growth whose price basis is `unspecified` against a
   * real or nominal target (or the reverse), so `met` is `null` and the outcome at most
   * `undetermined`; else `comparable` (also with no actual, or a caller's number).
   */
  readonly comparability: Comparability
}

/**
 * What became of a target on a day — `met`, `missed`, `undetermined`, `not-published` or
 * `pending` (see {@link TargetOutcome}) — with the gap, the evidence, the days left, the share of
 * time passed, and, while it is pending, the pace and the growth still required.
 *
 * The assessment on a day uses only what was known that day. The evidence is the caller's
 * `actual` (the caller's to date; but an observation citing one of the package's sources only
 * from the day that source was published), or else the dataset's figure for the target's period (for a
 * stock, the latest figure dated within the period): only figures for periods that ended by `on`
 * and whose source was available by `on` count (the as-of rule of {@link asOf}: a figure revised
 * later counts in its vintage of that day), and so for the pace and the growth required. A day
 * before the target's own source was available is refused: the target was not set yet.
 * `dataset` narrows the evidence further (a view of an earlier day, a hand-made list). Comparators:
 * `gte` (达到, 以上) is met by reaching the value, `gt` (突破, 超) only by exceeding it, `eq` (a
 * planned quantity, 筹集1580套) by delivering it — delivering more meets it too. A stock that
 * reaches its target before the deadline has met it; one below it is still pending until the
 * deadline, and not published after it unless a figure at the deadline says missed. Where the
 * actual may not be on the target's footing — breaks in series since it was set, an actual
 * that leaves its coverage `unstated`, or a growth of unspecified price basis against a real or
 * nominal target — there is no verdict: `met: null`, at most `undetermined`
 * (`comparability` says which).
 *
 * @category Targets
 * @param target - The target, or its id.
 * @param options - The day (default today in Asia/Shanghai), the actual, the dataset.
 * @returns The assessment, frozen.
 * @throws {@link CdhtDataError} as {@link targetGap} for the target and `options.actual`;
 * `INVALID_DATE` (`options.on`); `INVALID_ARGUMENT` (`options.on`) when `on` is before the
 * target was set (before its source's day); `INVALID_ARGUMENT` (`options`, `options.dataset` malformed;
 * a bad field of a record in a view of your own is named, with its code: `UNKNOWN_ID`
 * (`options.dataset.breaks[0].indicator`, `.scope`), `INVALID_PERIOD` (`options.dataset.breaks[0].from`),
 * `INVALID_ARGUMENT` (`options.dataset.breaks[0].id`, `.kind`, `options.dataset.targets[0].id`);
 * `options` not a plain object, e.g. a `Date`; an option it does not have, e.g. `options.status`,
 * or given as `null`, e.g. `options.on`);
 * `INVALID_PERIOD` (`options.actual.period`) when an observation's period has not ended by `on`;
 * `INVALID_ARGUMENT` (`options.actual.source`) when it cites a source of the package published
 * after `on`; `INVALID_ARGUMENT` (`options.actual`) for a number as a flow's value so far on a day before
 * the target's period starts, below -100 for a growth target or above 100 for a part of a whole in
 * percent; `NOT_INTEGER` (`options.actual`) for a fraction of a counted thing at
 * any multiplier (9.5 hospitals, 2.40000001万 people); `INVALID_ARGUMENT` (`target.basis`) when a caller's target
 * states a price basis other than that of the dataset's figure that would judge it (nominal against real).
 * Errors about the actual name it `options.actual` (`options.actual.unit`).
 * @example
 * ```ts
 * import { assessTarget } from 'cdht-data'
 * // 2021: GDP target 2600 亿元, actual 2800.6 亿元
 * const assessed = assessTarget('gdp-target-2021', { on: '2024-01-01' })
 * console.log([assessed.outcome, assessed.gap?.gap, assessed.evidence?.id])
 * //=> ['met', -200.6, 'gdp-2021']
 * ```
 * @example
 * ```ts
 * import { assessTarget, isCdhtDataError } from 'cdht-data'
 * // The 2021 figures were released on 2022-01-28: on 2022-01-05 nothing decided the target yet,
 * // and on 2021-01-01 the target (set on 2021-03-12) did not exist
 * const outcomes = ['2022-01-05', '2022-01-28'].map((on) => assessTarget('gdp-target-2021', { on }).outcome)
 * try { assessTarget('gdp-target-2021', { on: '2021-01-01' }) } catch (error) { console.log([...outcomes, isCdhtDataError(error) && error.input]) }
 * //=> ['not-published', 'met', 'options.on']
 * ```
 * @example
 * ```ts
 * import { assessTarget } from 'cdht-data'
 * // 1580 talent apartments planned for 2024: no figure published
 * console.log([assessTarget('talent-apartments-raised-2024', { on: '2024-06-30' }).outcome, assessTarget('talent-apartments-raised-2024', { on: '2025-06-30' }).outcome])
 * //=> ['pending', 'not-published']
 * ```
 * @example
 * ```ts
 * import { assessTarget, getObservation, isCdhtDataError } from 'cdht-data'
 * // The full-year 2021 figure cannot be the actual on 2021-06-30: the year has not ended
 * try { assessTarget('gdp-target-2021', { on: '2021-06-30', actual: getObservation('gdp-2021') }) } catch (error) { console.log(isCdhtDataError(error) && [error.code, error.input]) }
 * //=> ['INVALID_PERIOD', 'options.actual.period']
 * ```
 */
export function assessTarget(target: Target | TargetId, options?: AssessTargetOptions): TargetAssessment {
  const record = frozenRecord(resolveTarget(target))
  const given = optionsArgument(options, ['on', 'actual', 'dataset'])
  // One read of a caller's observation: the figure judged is the one handed back as evidence.
  const actual = typeof given.actual === 'object' ? checkObservation(given.actual, 'options.actual') : given.actual
  const dataset = given.dataset === undefined ? undefined : datasetArgument(given.dataset, 'options.dataset')
  // Deadlines are calendar days in China: today is Beijing's, whatever the host zone.
  const on = given.on === undefined ? beijingDay(Date.now()) : calendarDay(given.on, 'options.on')
  const setOn = publicationDays().bySource.get(record.source) ?? ''
  // Before its source could be known, the target did not exist yet: there is nothing to assess.
  if (setOn !== '' && on < setOn) refuse('INVALID_ARGUMENT', 'options.on', `${record.id} was set on ${setOn} (the day its source can be known): on ${on} it was not yet a target`)
  const left = daysLeftOn(record, on)
  if (typeof actual === 'object') {
    // A figure for a period that has not ended (all of 2025, seen on 2025-06-30) cannot exist yet.
    if (periodBounds(actual.period).end > on) refuse('INVALID_PERIOD', 'options.actual.period', `${actual.period} has not ended on ${on}: no figure for it can exist yet`)
    // Nor a figure of a source the package dates after `on`, whoever passes it; a caller's own source it cannot date.
    const published = publicationDays().bySource.get(actual.source) ?? on
    if (published > on) refuse('INVALID_ARGUMENT', 'options.actual.source', `${actual.source} was published on ${published}: on ${on} its figures were not yet known`)
  }
  const stock = targetKind(record) === 'stock'
  // A flow's value so far, on a day before its period began, is of nothing: no pace, no verdict.
  if (typeof actual === 'number' && !stock && on < targetSpan(record).start) {
    refuse('INVALID_ARGUMENT', 'options.actual', `a value of ${record.id} on ${on}, before its period starts (${targetSpan(record).start}): nothing toward it can have accrued yet`)
  }
  const known = actual === undefined ? knownFigures(record, on, dataset) : []
  const span = targetSpan(record)
  const final = known.filter((o) => (stock ? periodBounds(o.period).start >= span.start : o.period === record.period)).at(-1)
  const gap = actual !== undefined ? gapOf(record, actual, 'options.actual') : final === undefined ? null : gapOf(record, datasetActual(record, final), 'actual')
  // A caller's actual, a flow's figure for the whole period, or a stock at the deadline decide it.
  // A caller's number is the value so far: it can miss the target only once the deadline is past.
  const givenDecides = actual !== undefined && (left < 0 || (typeof actual === 'object' && coversTarget(record, actual, stock)))
  const decisive = givenDecides || (final !== undefined && (!stock || periodBounds(final.period).end === record.deadline))
  const moved = Object.freeze(setOn === '' ? [] : [...breaksSinceSet(record, setOn, dataset?.breaks, on)])
  const verdict: TargetOutcome =
    gap?.met === true ? 'met' : gap !== null && decisive ? (gap.met === false ? 'missed' : 'undetermined') : left < 0 ? 'not-published' : 'pending'
  const evidence = gap?.observation ?? null
  const comparability: Comparability =
    moved.length > 0 ? 'break' : evidence !== null && (footingUnknown(evidence, { ...record, coverage: evidence.coverage }) || basisUnknown(evidence, record)) ? 'unknown' : 'comparable'
  const outcome: TargetOutcome = comparability !== 'comparable' && (verdict === 'met' || verdict === 'missed') ? 'undetermined' : verdict
  const pending = outcome === 'pending' && record.measure === 'level' && record.value > 0
  // Across breaks, or on an unknown footing, the values still compare, but maybe not the things they measure: no verdict.
  const shownGap = gap !== null && comparability !== 'comparable' && gap.met !== null ? Object.freeze({ ...gap, met: null }) : gap
  // Shallow: the parts are frozen already (a caller's target or evidence as a frozen copy).
  return Object.freeze({
    target: record,
    outcome,
    on,
    gap: shownGap,
    evidence,
    daysLeft: left,
    elapsed: elapsedOn(record, on),
    pace: pending && !stock ? (typeof actual === 'number' ? onPace(record, actual, on) : paceOf(record, known)) : null,
    requiredGrowth: pending ? requiredOf(record, known, stock) : null,
    breaks: moved,
    comparability,
  })
}

/**
 * The target's series as it could be known on the day: figures published by then (in their
 * vintage of that day) for periods that ended by then, in the target's unit.
 */
function knownFigures(record: Target, on: string, dataset: DatasetView | undefined): readonly Observation[] {
  const query = dataset === undefined ? { scope: record.scope, measure: record.measure } : { scope: record.scope, measure: record.measure, dataset }
  return knownOn(observationSeries(record.indicator, query), dataset?.observations, on).filter((o) => o.unit === record.unit && o.bound !== 'top' && periodBounds(o.period).end <= on && periodBounds(o.period).end <= record.deadline)
}

/** Whether an observation is the figure for the target's whole period (a flow) or at its deadline (a stock). */
function coversTarget(record: Target, actual: Observation, stock: boolean): boolean {
  return stock ? actual.period === record.deadline : actual.period === record.period
}

/** The pace of a flow from its latest figure for part of the period (Q1–Q3 of the target's year). */
function paceOf(record: Target, known: readonly Observation[]): Pace | null {
  const span = targetSpan(record)
  const partial = known.filter((o) => periodBounds(o.period).start === span.start && periodBounds(o.period).end < span.end).at(-1)
  return partial === undefined ? null : onPace(record, partial)
}

/** The growth still needed from the latest level before the period (a flow: of a period of the same length). */
function requiredOf(record: Target, known: readonly Observation[], stock: boolean): RequiredGrowth | null {
  const start = targetSpan(record).start
  const base = known
    .filter((o) => o.value > 0 && (stock ? true : periodBounds(o.period).end < start && periodShape(o.period) === periodShape(record.period)))
    .filter((o) => breaksBetween(o, { ...record, coverage: o.coverage }).length === 0 && !footingUnknown(o, { ...record, coverage: o.coverage }))
    .at(-1)
  return base === undefined ? null : requiredGrowth(record, base)
}
