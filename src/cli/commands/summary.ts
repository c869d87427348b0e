import { growthSeries } from '../../growth/growthSeries.js'
import type { GrowthSeriesEntry } from '../../growth/growthSeries.js'
import { findObservation } from '../../query/findObservation.js'
import { latestObservation } from '../../query/latestObservation.js'
import { FIELD_TERMS } from '../../glossary/terms.js'
import { meta } from '../../release/meta.js'
import { assessTarget } from '../../targets/assessTarget.js'
import type { TargetOutcome } from '../../targets/assessTarget.js'
import { periodBounds } from '../../time/periodBounds.js'
import type { Category, Indicator, Observation, Target } from '../../types.js'
import type { Chain, Zone } from '../../zoneTypes.js'
import { datasetLine, isReleased } from '../releaseLine.js'
import { wrapToWidth } from '../wrap.js'
import { jsonOutput } from '../context.js'
import type { CommandContext, CommandResult } from '../context.js'
import { BASIS_NAMES, datasetOption, formatChange, formatGrowth, formatValue, labelIn, viewOf, withScope, zoneOf } from '../present.js'
import type { DatasetView } from '../../query/datasetView.js'
import type { Lang } from '../spec.js'
import { renderTable } from '../table.js'
import { outcomeWord } from './gap.js'

// The headline figures are the money flows and growth rates of the economy, industry and trade,
// as the zone's yearly report leads with them; counts (projects, platforms) are left to `list`.
const HEADLINE_CATEGORIES: readonly Category[] = ['economy', 'industry', 'trade']

/** One headline indicator of the year: its level, the growth the source reports, the rate computed from levels. */
export interface HeadlineRow {
  readonly indicator: string
  readonly label: string
  readonly level: Observation | null
  readonly reported: Observation | null
  readonly computed: GrowthSeriesEntry | null
}

/** What the overview shows, also its --json output. */
export interface Summary {
  /** `released` is null for a copy no release was cut from (0.0.0); `built` is the date meta records either way. */
  readonly dataset: { readonly version: string; readonly released: string | null; readonly built: string }
  readonly asOf: string | null
  /** The headline year (see headlineYear); null when the view holds no full-year headline figure. */
  readonly year: number | null
  readonly headline: readonly HeadlineRow[]
  /** Each target of the years after `year` (every target when `year` is null), by deadline, with what became of it on the day (see assessTarget). */
  readonly targets: readonly { readonly target: Target; readonly outcome: TargetOutcome; readonly daysLeft: number }[]
  readonly keyZones: readonly Zone[]
  readonly chains: { readonly declared: Observation | null; readonly named: readonly Chain[] }
}

const isHeadline = (indicator: Indicator): boolean => HEADLINE_CATEGORIES.includes(indicator.category) && indicator.unit === 'CNY'

/**
 * The year the headline is for: the latest calendar year for which the view holds the zone's GDP
 * (its level or its growth), else the latest year for which it holds any headline figure. A
 * partial-year figure (2021-01/2021-09) does not make a year: a headline of that year would be empty.
 */
export function headlineYear(view: DatasetView, zone: string): number | null {
  const headline = new Set(view.indicators.filter(isHeadline).map((indicator) => indicator.id))
  const yearly = view.observations.filter(
    (observation) => headline.has(observation.indicator) && observation.scope === zone && /^\d{4}$/.test(observation.period) && (observation.measure === 'level' || observation.measure === 'growth'),
  )
  const latest = (figures: readonly Observation[]): number | null => (figures.length === 0 ? null : Math.max(...figures.map((figure) => Number(figure.period))))
  return latest(yearly.filter((observation) => observation.indicator === 'gdp')) ?? latest(yearly)
}

function headlineRows(year: string, view: DatasetView, lang: Lang): HeadlineRow[] {
  return view.indicators
    .filter(isHeadline)
    .flatMap((indicator) => {
      const options = datasetOption(view)
      const level = findObservation(indicator.id, year, options) ?? null
      const reported = findObservation(indicator.id, year, { ...options, measure: 'growth' }) ?? null
      if (level === null && reported === null) return []
      const computed = growthSeries(indicator.id, options).find((entry) => entry.period === year) ?? null
      return [{ indicator: indicator.id, label: labelIn(indicator.label, lang), level, reported, computed }]
    })
}

/**
 * The overview's content: the headline year (see headlineYear) and its headline indicators, the
 * targets for the years after it (every target when there is no headline) with their outcomes,
 * the key zones and the key industrial chains, as known on --as-of.
 */
export function buildSummary(context: CommandContext): Summary {
  const view = viewOf(context)
  const options = datasetOption(view)
  const year = headlineYear(view, zoneOf(undefined, context.lang).id)
  const targets = view.targets
    .filter((target) => year === null || Number(periodBounds(target.period).start.slice(0, 4)) > year)
    // Deadlines are ISO days, so code-unit order is time order (localeCompare would first build an
    // ICU collator: ~13 ms of this command's start-up).
    .sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0))
  return {
    dataset: { version: meta.version, released: isReleased(meta.version) ? meta.released : null, built: meta.released },
    asOf: context.asOf ?? null,
    year,
    headline: year === null ? [] : headlineRows(String(year), view, context.lang),
    targets: targets.map((target) => {
      const { outcome, daysLeft } = assessTarget(target, { on: context.today, ...options })
      return { target, outcome, daysLeft }
    }),
    keyZones: view.zones.filter((zone) => zone.kind === 'key-zone'),
    chains: { declared: latestObservation('key-industrial-chains', options) ?? null, named: view.chains },
  }
}

const words = {
  zh: {
    title: '成都高新区统计数据',
    asOf: (date: string) => `截至 ${date} 已发布的数据`,
    headline: (year: number) => `${year} 年主要指标`,
    indicator: '指标',
    reported: FIELD_TERMS.reportedGrowth.zh,
    basis: '口径',
    computed: FIELD_TERMS.computedGrowth.zh,
    headlineNote: '公布增速为来源所报同比增速；计算增速为两年水平值之比（现价，名义），二者口径可能不同。',
    targets: (years: string) => `${years} 年目标`,
    target: '目标',
    value: '目标值',
    deadline: '期限',
    outcome: '结果',
    left: '剩余天数',
    keyZones: '重点片区',
    zone: '片区',
    theme: (year: number | null) => (year === null ? '主题' : `${year} 年主题`),
    chains: (declared: string, named: string) => `重点产业链：${declared}条，其中见于来源的有 ${named}`,
    more: '详见 cdht-data list <集合>、cdht-data show <id>；cdht-data --help 查看全部命令。',
  },
  en: {
    title: 'Chengdu Hi-tech Zone statistics · 成都高新区统计数据',
    asOf: (date: string) => `data published by ${date}`,
    headline: (year: number) => `Headline indicators, ${year}`,
    indicator: 'Indicator',
    reported: 'Reported',
    basis: 'Basis',
    computed: 'Computed',
    headlineNote: 'Reported: year-on-year growth as the source states it. Computed: the ratio of two yearly levels (current prices, nominal); the two may differ in basis.',
    targets: (years: string) => `Targets for ${years}`,
    target: 'Target',
    value: 'Value',
    deadline: 'Deadline',
    outcome: 'Outcome',
    left: 'Days left',
    keyZones: 'Key zones',
    zone: 'Zone',
    theme: (year: number | null) => (year === null ? 'Theme' : `${year} theme`),
    chains: (declared: string, named: string) => `Key industrial chains: ${declared}; named in the sources: ${named}`,
    more: 'More: cdht-data list <collection>, cdht-data show <id>; cdht-data --help lists every command.',
  },
} as const

/** The years of the targets' periods: `2024`, or `2024–2025` when they span several. */
function yearSpan(periods: readonly string[]): string {
  const starts = periods.map((period) => Number(periodBounds(period).start.slice(0, 4)))
  const ends = periods.map((period) => Number(periodBounds(period).end.slice(0, 4)))
  const [first, last] = [Math.min(...starts), Math.max(...ends)]
  return first === last ? String(first) : `${first}–${last}`
}

/** The overview as text, every line within the context's width. */
export function renderSummary(summary: Summary, context: CommandContext): string {
  const { lang, width, style } = context
  const text = words[lang]
  const heading = (title: string): string => `${style.bold(title)}\n`
  const note = (line: string): string => `${wrapToWidth(line, width).map((part) => style.dim(part)).join('\n')}\n`
  const table = { maxWidth: width, styleHeader: style.bold }
  const release = `${datasetLine(summary.dataset.version, summary.dataset.built, lang)}${summary.asOf === null ? '' : ` · ${text.asOf(summary.asOf)}`}`
  const parts = [`${wrapToWidth(text.title, width).map(style.bold).join('\n')}\n${wrapToWidth(release, width).join('\n')}\n`]

  if (summary.year !== null && summary.headline.length > 0) {
    const rows = summary.headline.map((row) => [
      row.label,
      row.level === null ? '' : formatValue(row.level, lang),
      row.reported === null ? '' : formatGrowth(row.reported, lang),
      row.reported === null ? '' : BASIS_NAMES[row.reported.basis ?? 'unspecified'][lang],
      row.computed?.percent == null ? '' : formatChange(row.computed.percent, row.computed.bound, lang),
    ])
    const columns = [
      { header: text.indicator, shrink: true, minWidth: 12 },
      { header: String(summary.year), align: 'right' as const },
      { header: text.reported, align: 'right' as const },
      { header: text.basis },
      { header: text.computed, align: 'right' as const },
    ]
    parts.push(heading(text.headline(summary.year)) + renderTable(columns, rows, table) + note(text.headlineNote))
  }
  if (summary.targets.length > 0) {
    // Days left mean something only while a target is pending; the column goes when none is.
    const pending = summary.targets.some(({ outcome }) => outcome === 'pending')
    const rows = summary.targets.map(({ target, outcome, daysLeft: left }) => [
      withScope(labelIn(target.label, lang), target.scope, lang),
      formatValue(target, lang),
      target.deadline,
      outcomeWord(outcome, lang, style),
      ...(pending ? [outcome === 'pending' ? String(left) : ''] : []),
    ])
    const columns = [
      { header: text.target, shrink: true, minWidth: 12 },
      { header: text.value, align: 'right' as const },
      { header: text.deadline },
      { header: text.outcome },
      ...(pending ? [{ header: text.left, align: 'right' as const }] : []),
    ]
    parts.push(heading(text.targets(yearSpan(summary.targets.map(({ target }) => target.period)))) + renderTable(columns, rows, table))
  }
  if (summary.keyZones.length > 0) {
    // A theme column only when the view holds a theme; its header names the year only when every theme is of that one year.
    const years = [...new Set(summary.keyZones.flatMap((zone) => (zone.focus === undefined ? [] : [zone.focus.year])))]
    const [only] = years
    const theme = (zone: Zone): string =>
      zone.focus === undefined ? '' : `${years.length > 1 ? `${zone.focus.year}: ` : ''}${labelIn(zone.focus.theme, lang)}`
    const rows = summary.keyZones.map((zone) => [labelIn(zone.label, lang), ...(years.length === 0 ? [] : [theme(zone)])])
    const columns = [{ header: text.zone, shrink: true }, ...(years.length === 0 ? [] : [{ header: text.theme(years.length === 1 ? (only ?? null) : null), shrink: true }])]
    parts.push(heading(text.keyZones) + renderTable(columns, rows, table))
  }
  const declared = summary.chains.declared === null ? '?' : String(summary.chains.declared.value)
  const named = summary.chains.named.map((chain) => labelIn(chain.label, lang)).join(lang === 'zh' ? '、' : ', ')
  if (summary.chains.declared !== null || named !== '') parts.push(`${wrapToWidth(text.chains(declared, named), width).join('\n')}\n`)
  parts.push(note(text.more))
  return parts.join('\n')
}

/** `cdht-data` / `cdht-data summary`: the bilingual overview. */
export function run(_request: unknown, context: CommandContext): CommandResult {
  const summary = buildSummary(context)
  return { stdout: context.json ? jsonOutput(summary) : renderSummary(summary, context) }
}
