import { comparePeriods } from '../../time/comparePeriods.js'
import { indicatorIds } from '../../data/ids.js'
import type { IndicatorId, ZoneId } from '../../data/ids.js'
import { growthSeries } from '../../growth/growthSeries.js'
import type { GrowthSeriesEntry } from '../../growth/growthSeries.js'
import type { GrowthWarning } from '../../growth/types.js'
import { getIndicator } from '../../query/getIndicator.js'
import { observationSeries } from '../../query/observationSeries.js'
import { BREAK_KIND_TERMS, BREAK_MARKER } from '../../glossary/terms.js'
import type { Observation, SeriesBreak } from '../../types.js'
import { wrapToWidth } from '../wrap.js'
import { jsonOutput } from '../context.js'
import type { CommandContext, CommandRequest, CommandResult } from '../context.js'
import { failure } from '../failure.js'
import { BASIS_NAMES, formatChange, formatGrowth, formatValue, datasetOption, isIdOf, labelIn, unknownId, viewOf, zoneOf } from '../present.js'
import type { Lang } from '../spec.js'
import { renderTable } from '../table.js'

/** One period of the series: the level, the growth the source reports, the rate computed from levels. */
export interface GrowthRow {
  readonly period: string
  readonly level: Observation | null
  readonly reported: Observation | null
  readonly computed: GrowthSeriesEntry | null
  /** The breaks in series between this period's level and the year before's: no rate across them. */
  readonly breaks: readonly SeriesBreak[]
}

/**
 * Every period with a level or a reported growth, in time order, each with the year-on-year rate
 * growthSeries computes where the same part of the year before has a level too.
 */
export function growthRows(levels: readonly Observation[], reported: readonly Observation[], computed: readonly GrowthSeriesEntry[]): GrowthRow[] {
  const periods = [...new Set([...levels, ...reported].map((observation) => observation.period))].sort(comparePeriods)
  const at = <Item extends { readonly period: string }>(items: readonly Item[], period: string): Item | null =>
    items.find((item) => item.period === period) ?? null
  return periods.map((period) => {
    const entry = at(computed, period)
    return { period, level: at(levels, period), reported: at(reported, period), computed: entry, breaks: entry?.breaks ?? [] }
  })
}

const words = {
  zh: {
    period: '期间',
    level: '数值',
    reported: '公布增速',
    basis: '口径',
    computed: '计算增速',
    computedBasis: (basis: string) => `计算增速：与上年同期水平值之比，${basis}。`,
    bounds: '≥ / ≤：水平值为下限（超、突破），增速只是界限。',
    REAL_VS_NOMINAL: (period: string) => `${period}：公布增速为可比价（实际），计算增速为现价（名义），口径不同，不可直接比较。`,
    BASIS_UNSPECIFIED: (period: string) => `${period}：来源未说明公布增速的口径。`,
    noData: (indicator: string, scope: string, asOf: string | undefined) =>
      asOf === undefined ? `${indicator} 在 ${scope} 没有水平值或增速` : `${indicator} 在 ${scope} 截至 ${asOf} 没有已发布的水平值或增速`,
    breakNote: (marker: string) => `${marker}：两期之间有数列断点，水平值不可比，不计算增速：`,
    unknownMarker: '？统计范围',
    unknownNote: (marker: string, periods: string) => `${marker}：两期水平值均未说明是否含双流园区，可能不是同一统计范围，不计算增速：${periods}。`,
  },
  en: {
    period: 'Period',
    level: 'Level',
    reported: 'Reported',
    basis: 'Basis',
    computed: 'Computed',
    computedBasis: (basis: string) => `Computed: the ratio to the level of the same period a year before, ${basis}.`,
    bounds: '≥ / ≤: a level is a lower bound (more than), so the rate is only a bound.',
    REAL_VS_NOMINAL: (period: string) => `${period}: the reported growth is real (constant prices), the computed one nominal (current prices); they measure different things.`,
    BASIS_UNSPECIFIED: (period: string) => `${period}: the source does not say which prices its growth is in.`,
    noData: (indicator: string, scope: string, asOf: string | undefined) =>
      `${indicator} has no level or growth for ${scope}${asOf === undefined ? '' : ` published by ${asOf}`}`,
    breakNote: (marker: string) => `${marker}: a break in series lies between the two levels, which are not comparable, so no rate is computed:`,
    unknownMarker: '? coverage',
    unknownNote: (marker: string, periods: string) =>
      `${marker}: neither level says whether it includes the Shuangliu area, so they may not be one series and no rate is computed: ${periods}.`,
  },
} as const

function basisNote(rows: readonly GrowthRow[], lang: Lang): string[] {
  const computed = rows.flatMap((row) => (row.computed?.percent == null ? [] : [row.computed]))
  if (computed.length === 0) return []
  const bases = [...new Set(computed.map((entry) => BASIS_NAMES[entry.basis][lang]))].join(lang === 'zh' ? '、' : ', ')
  const notes = [words[lang].computedBasis(lang === 'zh' ? `口径：${bases}` : `basis: ${bases}`)]
  if (computed.some((entry) => entry.bound !== 'exact')) notes.push(words[lang].bounds)
  const warnings = computed.flatMap((entry) => entry.warnings.map((warning: GrowthWarning) => words[lang][warning.code](entry.period)))
  return [...notes, ...warnings]
}

// Each break crossed, once, however many rows cross it: id, kind and label in the output language.
function breakNotes(rows: readonly GrowthRow[], lang: Lang): string[] {
  const crossed = [...new Map(rows.flatMap((row) => row.breaks).map((item) => [item.id, item])).values()]
  if (crossed.length === 0) return []
  const separator = lang === 'zh' ? '：' : ': '
  return [
    words[lang].breakNote(BREAK_MARKER[lang]),
    ...crossed.map((item) => `${item.id} (${BREAK_KIND_TERMS[item.kind][lang]})${separator}${labelIn(item.label, lang)}`),
  ]
}

// Pairs whose footing is unknown, once, with the period each is measured against.
function unknownNotes(rows: readonly GrowthRow[], lang: Lang): string[] {
  const pair = (period: string, previous: string): string => (lang === 'zh' ? `${period}（${previous}）` : `${period} (${previous})`)
  const unknown = rows.flatMap((row) => (row.computed?.comparability === 'unknown' ? [pair(row.period, row.computed.previousPeriod)] : []))
  if (unknown.length === 0) return []
  return [words[lang].unknownNote(words[lang].unknownMarker, unknown.join(lang === 'zh' ? '、' : ', '))]
}

function computedCell(row: GrowthRow, lang: Lang): string {
  if (row.breaks.length > 0) return BREAK_MARKER[lang]
  if (row.computed?.comparability === 'unknown') return words[lang].unknownMarker
  return row.computed?.percent == null ? '' : formatChange(row.computed.percent, row.computed.bound, lang)
}

/** The series as a table with the basis of every rate stated below it. */
export function renderGrowth(title: string, rows: readonly GrowthRow[], context: CommandContext): string {
  const { lang, width, style } = context
  const text = words[lang]
  const table = renderTable(
    [
      { header: text.period },
      { header: text.level, align: 'right' },
      { header: text.reported, align: 'right' },
      { header: text.basis },
      { header: text.computed, align: 'right' },
    ],
    rows.map((row) => [
      row.period,
      row.level === null ? '' : formatValue(row.level, lang),
      row.reported === null ? '' : formatGrowth(row.reported, lang),
      row.reported === null ? '' : BASIS_NAMES[row.reported.basis ?? 'unspecified'][lang],
      computedCell(row, lang),
    ]),
    { maxWidth: width, styleHeader: style.bold },
  )
  const notes = [...basisNote(rows, lang), ...breakNotes(rows, lang), ...unknownNotes(rows, lang)].flatMap((note) => wrapToWidth(note, width).map(style.dim))
  return `${wrapToWidth(title, width).map(style.bold).join('\n')}\n${table}${notes.length > 0 ? `\n${notes.join('\n')}\n` : ''}`
}

/** `cdht-data growth <indicator> [--zone Z]`: the series with year-on-year rates, basis stated. */
export function run(request: CommandRequest, context: CommandContext): CommandResult {
  const { lang } = context
  const id = request.args[0] ?? ''
  if (!isIdOf(indicatorIds, id)) throw unknownId('indicator', id, indicatorIds, lang)
  const zone = zoneOf(request.options.zone, lang)
  const view = viewOf(context)
  const options = { scope: zone.id, ...datasetOption(view) }
  const rows = growthRows(
    observationSeries(id, options),
    observationSeries(id, { ...options, measure: 'growth' }),
    growthSeries(id, options),
  )
  const indicator = getIndicator(id)
  if (rows.length === 0) throw noData(id, zone.id, view.observations, context)
  if (context.json) return { stdout: jsonOutput({ indicator, scope: zone.id, rows }) }
  return { stdout: renderGrowth(`${labelIn(indicator.label, lang)} · ${labelIn(zone.label, lang)}`, rows, context) }
}

// No series here: name the other scopes where the indicator does have levels or growth rates in
// the same view (on --as-of, a zone whose figures came later would be no answer either).
function noData(indicator: IndicatorId, scope: ZoneId, figures: readonly Observation[], context: CommandContext): Error {
  const scopes = new Set(
    figures
      .filter((observation) => observation.indicator === indicator && observation.scope !== scope && (observation.measure === 'level' || observation.measure === 'growth'))
      .map((observation) => `--zone ${observation.scope}`),
  )
  return failure('NO_DATA', words[context.lang].noData(indicator, scope, context.asOf), [...scopes])
}
