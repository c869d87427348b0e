/**
 * Record types of the dataset. The JSON files in `data/` hold arrays of these records; the zod
 * schemas on `cdht-data/schema` validate exactly these shapes (a type test keeps them equal).
 *
 * @module
 */
import type { BreakId, IndicatorId, ObservationId, SourceId, TargetId, ZoneId } from './data/ids.js'

/**
 * A bilingual label. `zh` is as the source writes it; `en` is either an English name in
 * official use (`enOrigin: 'official'`, with the source that shows it) or this project's own
 * plain rendering (`enOrigin: 'ours'`).
 * @category Data
 */
export interface Label {
  /** Chinese, as the source writes it. */
  readonly zh: string
  /** English. */
  readonly en: string
  /** Whether the English is a name in official use or the project's own rendering. */
  readonly enOrigin: 'official' | 'ours'
  /** The source that shows the official English name; present exactly when `enOrigin` is `'official'`. */
  readonly enSource?: SourceId
  /**
   * `'ours'` when no source writes this Chinese (the source is in English, or only a compilation's
   * summary states it): the project composed it. Absent: the Chinese is as a source writes it.
   */
  readonly zhOrigin?: 'ours'
}

/**
 * How reliable a source is: `primary` (the zone's own report as published by an official
 * outlet), `press` (a named news outlet or the zone's media), `reprint` (a copy of one).
 * @category Data
 */
export type SourceGrade = 'primary' | 'press' | 'reprint'

/**
 * The day the figures of an undated source were first released, from {@link Source.released}.
 * @category Data
 */
export interface SourceRelease {
  /** The calendar day, `YYYY-MM-DD`. */
  readonly on: string
  /** The words of the source's held file (`heldIn.file`) that state the day, verbatim. */
  readonly passage: string
}

/**
 * A document figures come from.
 * @category Data
 */
export interface Source {
  readonly id: SourceId
  /** The title as published, or `null` where it is not known. */
  readonly title: string | null
  readonly publisher: Label
  /**
   * Publication date, ISO 8601 at the precision known (`2024-02-23`, `2018`), or `null` where
   * unknown. `asOf` treats a partial date as its last day.
   */
  readonly published: string | null
  /**
   * Only where `published` is `null`: the day the figures this source carries were released by
   * the one who first published them (a reprint of the zone's release), as a held text states
   * it, with those words. `asOf` shows the source from that day; a source with neither date is
   * in no as-of view.
   */
  readonly released?: SourceRelease
  /** What the document reports (an event, a release). */
  readonly reports: Label
  readonly grade: SourceGrade
  /**
   * The file in the shared `sources/` folder that holds the text we quote, and its sha256.
   * `fullText` says whether it is the document itself or a compilation quoting it.
   */
  readonly heldIn: { readonly file: string; readonly sha256: string; readonly fullText: boolean }
  /** What a reader of the citation needs besides: other copies seen, dates behind a null `published`. */
  readonly note?: string
}

/**
 * Topic of an indicator.
 * @category Data
 */
export type Category =
  | 'economy'
  | 'industry'
  | 'innovation'
  | 'finance'
  | 'enterprises'
  | 'talent'
  | 'livelihood'
  | 'trade'
  | 'governance'

/**
 * Base unit of a value; the power of ten it is counted in is the separate `multiplier`
 * (SDMX `UNIT_MULT`): 3201.2 亿元 is `{ value: 3201.2, unit: 'CNY', multiplier: 8 }`. Money is
 * kept in the currency the source reports: trade reported in US dollars stays `USD`
 * (147亿美元 is `{ value: 147, unit: 'USD', multiplier: 8 }`), never converted.
 * @category Data
 */
export type Unit = 'CNY' | 'USD' | 'percent' | 'count' | 'rank'

/**
 * What a bonded-zone figure covers: with the Shuangliu area (含双流园区), without it
 * (不含双流园区), or `unstated` where the source does not say. Figures of different coverage are
 * not one series: comparing them crosses a `coverage` break.
 * @category Data
 */
export type Coverage = 'with-shuangliu' | 'without-shuangliu' | 'unstated'

/**
 * Where a record's `passage` comes from: absent, it is the source's own words, verbatim;
 * `'summary'`, it is the compilation's summary of the source (the source's phrase was not held,
 * or does not state this figure), quoted verbatim from the compilation.
 * @category Data
 */
export type PassageOrigin = 'summary'

/**
 * Power of ten of a value's unit: 0 (units), 4 (万), 8 (亿), 9 (billion).
 * @category Data
 */
export type Multiplier = 0 | 4 | 8 | 9

/**
 * What was measured.
 * `level`: the indicator itself; `growth`: year-on-year change in percent; `share`: percent of
 * a whole named in the record; `rank`: a place in a ranking named in `rankAmong`.
 * @category Data
 */
export type Measure = 'level' | 'growth' | 'share' | 'rank'

/**
 * Price basis of a growth rate: `real` (constant prices), `nominal` (current prices), or
 * `unspecified` where the source does not say.
 * @category Data
 */
export type GrowthBasis = 'real' | 'nominal' | 'unspecified'

/**
 * How exact a value is: `exact`; `lower` for a lower bound (超, 突破, 以上: "more than");
 * `top` for a rank within the top N (前三 = top 3).
 * @category Data
 */
export type Bound = 'exact' | 'lower' | 'top'

/**
 * An indicator of the catalogue.
 * @category Data
 */
export interface Indicator {
  readonly id: IndicatorId
  readonly label: Label
  readonly category: Category
  /** `flow`: accumulated over a period (GDP in 2023); `stock`: a level at a date (enterprises now). */
  readonly kind: 'flow' | 'stock'
  /** Unit of the level. */
  readonly unit: Unit
  /** For counts: what is counted, with the Chinese measure word the source uses (家, 个, 人…). */
  readonly counter?: Label
  /** What the indicator measures, in plain English. */
  readonly definition: string
}

/**
 * A value of an indicator for a period (flows) or at a date (stocks).
 * `period` is `YYYY`, an ISO month interval `YYYY-MM/YYYY-MM` (2021 Q1–Q3 is `2021-01/2021-09`),
 * or a date `YYYY-MM-DD` for a stock.
 * @category Data
 */
export interface Observation {
  readonly id: ObservationId
  readonly indicator: IndicatorId
  readonly measure: Measure
  /** Present exactly when `measure` is `'growth'`. */
  readonly basis?: GrowthBasis
  readonly scope: ZoneId
  readonly period: string
  readonly value: number
  /** Decimals as published: 6.0 has 1. */
  readonly decimals: number
  readonly unit: Unit
  readonly multiplier: Multiplier
  readonly bound: Bound
  /** For `share` and `rank`: the whole or the ranking (全省, 全国同类…). */
  readonly rankAmong?: Label
  readonly status: 'actual'
  readonly source: SourceId
  /** The clause of the source that states the value, verbatim (unless `passageOrigin` is `'summary'`). */
  readonly passage: string
  /** `'summary'` when `passage` is the compilation's summary, not the source's words. */
  readonly passageOrigin?: PassageOrigin
  /** The words the source uses for the indicator where they differ from its label (产业增加值 for GDP). */
  readonly publishedAs?: string
  /** For a bonded-zone figure: whether it includes the Shuangliu area. Required for the bonded zone, absent elsewhere. */
  readonly coverage?: Coverage
  /** The observation this one revises (a later vintage of the same figure). */
  readonly supersedes?: ObservationId
  /** Caveats a reader needs, in English. */
  readonly note?: string
}

/**
 * A target or planned figure. `gt` is "more than" (突破, 超: reaching the value is not enough);
 * `gte` is "at least" (达到, 以上); `eq` is a quantity stated without either (按需筹集…1580套).
 * @category Data
 */
export interface Target {
  readonly id: TargetId
  readonly label: Label
  readonly indicator: IndicatorId
  readonly measure: Measure
  readonly basis?: GrowthBasis
  readonly scope: ZoneId
  /** The period the target is for. */
  readonly period: string
  /** Last day to meet it, `YYYY-MM-DD`: the end of `period` unless the source says otherwise. */
  readonly deadline: string
  readonly deadlineStated: boolean
  readonly comparator: 'gt' | 'gte' | 'eq'
  readonly value: number
  readonly decimals: number
  readonly unit: Unit
  readonly multiplier: Multiplier
  /** `target`: a goal to reach (力争…); `plan`: a quantity the zone plans to deliver. */
  readonly status: 'target' | 'plan'
  readonly source: SourceId
  readonly passage: string
  /** `'summary'` when `passage` is the compilation's summary, not the source's words. */
  readonly passageOrigin?: PassageOrigin
  readonly note?: string
}

/**
 * What changed at a break in series: the headline measure renamed (产业增加值 / 地区生产总值),
 * the area, the bonded zone's coverage (with or without the Shuangliu area), or the currency.
 * @category Data
 */
export type BreakKind = 'measure-renamed' | 'area' | 'coverage' | 'currency'

/**
 * A break in series (SDMX / Eurostat observation status `b`): values of one indicator and scope
 * on either side of it are not comparable, so no growth is computed across it.
 *
 * A dated break (`from`) lies between an earlier observation that starts before `from` and a
 * later one that ends on or after it. A `coverage` break has `from: null`: it lies between any
 * two observations of the series whose `coverage` differs.
 * @category Data
 */
export interface SeriesBreak {
  readonly id: BreakId
  readonly kind: BreakKind
  readonly indicator: IndicatorId
  readonly scope: ZoneId
  /** First day on the new footing, `YYYY-MM-DD`; `null` for a `coverage` break. */
  readonly from: string | null
  /** What changed, in both languages. */
  readonly label: Label
  /** The observations that show the break, on either side of it. */
  readonly evidence: readonly ObservationId[]
  /** The compilation that documents the break, and its words, verbatim. */
  readonly documentedIn: { readonly file: string; readonly passage: string }
  readonly note?: string
}
