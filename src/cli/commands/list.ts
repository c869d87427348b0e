import { isCdhtDataError } from '../../errors.js'
import { BASIS_TERMS, BREAK_KIND_TERMS, CATEGORY_TERMS, MEASURE_TERMS, FACT_KIND_TERMS, FIELD_TERMS, GRADE_TERMS, INDUSTRY_KIND_TERMS, PLAN_KIND_TERMS, ZONE_KIND_TERMS } from '../../glossary/terms.js'
import { periodBounds } from '../../time/periodBounds.js'
import type { PeriodBounds } from '../../time/periodBounds.js'
import { unitLabel } from '../../export/unitLabel.js'
import { getIndicator } from '../../query/getIndicator.js'
import type { Category, Observation, Target } from '../../types.js'
import type { CommandOptions } from '../args.js'
import { jsonOutput } from '../context.js'
import type { CommandContext, CommandRequest, CommandResult } from '../context.js'
import { usageError } from '../failure.js'
import { formatGrowth, formatValue, labelIn, viewOf, withScope, zoneOf } from '../present.js'
import type { ListCollection, Lang } from '../spec.js'
import { renderTable } from '../table.js'
import type { TableColumn } from '../table.js'

type Filter = 'period' | 'zone' | 'category'

/** What a listing needs to know of its records: which filters apply and how a record reads. */
interface Listing<Item> {
  readonly records: readonly Item[]
  readonly filters: readonly Filter[]
  readonly matches: (item: Item, filters: Filters) => boolean
  readonly columns: (lang: Lang) => readonly TableColumn[]
  readonly row: (item: Item, lang: Lang) => readonly string[]
}

/** The checked filters; an absent one lets every record pass. */
interface Filters {
  readonly period?: PeriodBounds
  readonly zone?: string
  readonly category?: Category
}

// A period passes when it lies within the filter's: --period 2023 takes 2023, 2023-01/2023-09
// and 2023-12-31, not 2022-12-31.
function inPeriod(filters: Filters, period: string | null): boolean {
  if (filters.period === undefined) return true
  if (period === null) return false
  const own = periodBounds(period)
  return own.start >= filters.period.start && own.end <= filters.period.end
}
const inZone = (filters: Filters, zone: string): boolean => filters.zone === undefined || filters.zone === zone
const inCategory = (filters: Filters, category: Category): boolean => filters.category === undefined || filters.category === category

const headers = {
  ...FIELD_TERMS,
  published: { zh: '发布', en: 'published' },
} as const

const column = (name: keyof typeof headers, lang: Lang, extra: Omit<TableColumn, 'header'> = {}): TableColumn => ({ header: headers[name][lang], ...extra })
// Names wrap onto more lines where long ids leave little room.
const name = (lang: Lang): TableColumn => column('label', lang, { shrink: true })
// A value keeps its number, unit and bound on one line ("over CNY 140 billion", a token the
// wrapping never splits); only a rank's long "among" may wrap at its spaces.
const value = (lang: Lang): TableColumn => column('value', lang, { align: 'right', shrink: true, minWidth: 20 })
const categoryOf = (figure: Observation | Target): Category => getIndicator(figure.indicator).category

/**
 * An observation's name: its indicator's label, and for a growth the measure and its price basis
 * (地区生产总值增速（可比价） / Gross domestic product, growth (real)).
 */
function figureName(observation: Observation, lang: Lang): string {
  const label = labelIn(getIndicator(observation.indicator).label, lang)
  if (observation.measure !== 'growth') return label
  // "unspecified" alone would read as if the growth were: say it is the basis that is not stated.
  const basis = observation.basis === undefined ? '' : observation.basis === 'unspecified' ? `${FIELD_TERMS.basis[lang]}${lang === 'zh' ? '' : ' '}${BASIS_TERMS.unspecified[lang]}` : BASIS_TERMS[observation.basis][lang]
  if (lang === 'zh') return `${label}${MEASURE_TERMS.growth.zh}${basis === '' ? '' : `（${basis}）`}`
  return `${label}, ${MEASURE_TERMS.growth.en}${basis === '' ? '' : ` (${basis})`}`
}

function figureListing<Figure extends Observation | Target>(records: readonly Figure[], last: 'period' | 'deadline'): Listing<Figure> {
  return {
    records,
    filters: ['period', 'zone', 'category'],
    matches: (figure, filters) => inPeriod(filters, figure.period) && inZone(filters, figure.scope) && inCategory(filters, categoryOf(figure)),
    // A period (2021-01/2021-09) is a value: it stays whole.
    columns: (lang) => [column('id', lang), column(last, lang), value(lang), name(lang)],
    row: (figure, lang) => [
      figure.id,
      last === 'period' ? figure.period : (figure as Target).deadline,
      // A growth is signed (+6.0%) and named a growth, so a row never reads as the level (GDP = 6.0%).
      'label' in figure || figure.measure !== 'growth' ? formatValue(figure, lang) : formatGrowth(figure, lang),
      // A sub-zone's figure says whose it is (REPORT6 §8: a Bio-Town target read as the zone's).
      withScope('label' in figure ? labelIn(figure.label, lang) : figureName(figure, lang), figure.scope, lang),
    ],
  }
}

function listingOf(collection: ListCollection, context: CommandContext): Listing<never> {
  const view = viewOf(context)
  const everywhere = { filters: [], matches: () => true } as const
  const inYear = { filters: ['period'], matches: (item: { readonly year: number }, filters: Filters) => inPeriod(filters, String(item.year)) } as const
  const listings = {
    indicators: {
      records: view.indicators,
      filters: ['period', 'zone', 'category'],
      // An indicator passes a period or zone filter when it has a value there.
      matches: (indicator, filters) =>
        inCategory(filters, indicator.category) &&
        ((filters.period === undefined && filters.zone === undefined) ||
          view.observations.some((o) => o.indicator === indicator.id && inPeriod(filters, o.period) && inZone(filters, o.scope))),
      columns: (lang) => [column('id', lang), column('category', lang), column('unit', lang), name(lang)],
      row: (indicator, lang) => [indicator.id, CATEGORY_TERMS[indicator.category][lang], unitLabel(indicator.unit, 0, indicator.counter)[lang], labelIn(indicator.label, lang)],
    } satisfies Listing<(typeof view.indicators)[number]>,
    observations: figureListing(view.observations, 'period'),
    targets: figureListing(view.targets, 'deadline'),
    zones: {
      records: view.zones,
      ...everywhere,
      columns: (lang) => [column('id', lang), column('kind', lang), name(lang)],
      row: (zone, lang) => [zone.id, ZONE_KIND_TERMS[zone.kind][lang], labelIn(zone.label, lang)],
    } satisfies Listing<(typeof view.zones)[number]>,
    industries: {
      records: view.industries,
      ...everywhere,
      columns: (lang) => [column('id', lang), column('kind', lang), name(lang)],
      row: (industry, lang) => [industry.id, INDUSTRY_KIND_TERMS[industry.kind][lang], labelIn(industry.label, lang)],
    } satisfies Listing<(typeof view.industries)[number]>,
    chains: {
      records: view.chains,
      ...everywhere,
      columns: (lang) => [column('id', lang), name(lang)],
      row: (chain, lang) => [chain.id, labelIn(chain.label, lang)],
    } satisfies Listing<(typeof view.chains)[number]>,
    parks: {
      records: view.parks,
      ...everywhere,
      columns: (lang) => [column('id', lang), column('industry', lang), name(lang)],
      row: (park, lang) => [park.id, park.industry, labelIn(park.label, lang)],
    } satisfies Listing<(typeof view.parks)[number]>,
    projects: {
      records: view.projects,
      ...inYear,
      columns: (lang) => [column('id', lang), column('year', lang), column('investment', lang, { align: 'right' }), name(lang)],
      row: (project, lang) => [project.id, String(project.year), project.investment === undefined ? '' : formatValue(project.investment, lang), labelIn(project.label, lang)],
    } satisfies Listing<(typeof view.projects)[number]>,
    plan: {
      records: view.plan,
      ...inYear,
      columns: (lang) => [column('id', lang), column('year', lang), column('kind', lang), name(lang)],
      row: (item, lang) => [item.id, String(item.year), PLAN_KIND_TERMS[item.kind][lang], labelIn(item.label, lang)],
    } satisfies Listing<(typeof view.plan)[number]>,
    facts: {
      records: view.facts,
      ...inYear,
      columns: (lang) => [column('id', lang), column('year', lang), column('kind', lang), name(lang)],
      row: (fact, lang) => [fact.id, String(fact.year), FACT_KIND_TERMS[fact.kind][lang], labelIn(fact.label, lang)],
    } satisfies Listing<(typeof view.facts)[number]>,
    breaks: {
      records: view.breaks,
      filters: ['zone'],
      matches: (item, filters) => inZone(filters, item.scope),
      columns: (lang) => [column('id', lang), column('kind', lang), column('from', lang), name(lang)],
      row: (item, lang) => [item.id, BREAK_KIND_TERMS[item.kind][lang], item.from ?? '', labelIn(item.label, lang)],
    } satisfies Listing<(typeof view.breaks)[number]>,
    sources: {
      records: view.sources,
      filters: ['period'],
      // A month of publication (2023-02) is the one-month interval periodBounds reads.
      matches: (source, filters) => inPeriod(filters, source.published?.replace(/^(\d{4}-\d{2})$/, '$1/$1') ?? null),
      columns: (lang) => [column('id', lang), column('grade', lang), column('published', lang), column('publisher', lang, { shrink: true })],
      row: (source, lang) => [source.id, GRADE_TERMS[source.grade][lang], source.published ?? '', labelIn(source.publisher, lang)],
    } satisfies Listing<(typeof view.sources)[number]>,
  }
  // Each listing is typed for its own records; the caller only passes them back in.
  return listings[collection] as unknown as Listing<never>
}

function filtersOf(options: CommandOptions, lang: Lang): Filters {
  let bounds: PeriodBounds | undefined
  if (options.period !== undefined) {
    try {
      bounds = periodBounds(options.period)
    } catch (error) {
      if (!isCdhtDataError(error)) throw error
      const message = lang === 'zh' ? `--period 须为 YYYY、YYYY-MM/YYYY-MM 或 YYYY-MM-DD，收到“${options.period}”` : `--period must be YYYY, YYYY-MM/YYYY-MM or YYYY-MM-DD, got "${options.period}"`
      throw usageError('INVALID_VALUE', message)
    }
  }
  return {
    ...(bounds === undefined ? {} : { period: bounds }),
    ...(options.zone === undefined ? {} : { zone: zoneOf(options.zone, lang).id }),
    ...(options.category === undefined ? {} : { category: options.category }),
  }
}

/** `cdht-data list <collection> [--period P] [--zone Z] [--category C]`: the records as a table, or as JSON. */
export function run(request: CommandRequest, context: CommandContext): CommandResult {
  const collection = request.args[0] as ListCollection
  const listing = listingOf(collection, context)
  for (const filter of ['period', 'zone', 'category'] as const) {
    if (request.options[filter] !== undefined && !listing.filters.includes(filter)) {
      const message = context.lang === 'zh' ? `--${filter} 不适用于 ${collection}` : `--${filter} does not apply to ${collection}`
      throw usageError('INVALID_OPTION', message)
    }
  }
  const filters = filtersOf(request.options, context.lang)
  const records = listing.records.filter((record) => listing.matches(record, filters))
  if (context.json) return { stdout: jsonOutput(records) }
  const rows = records.map((record) => listing.row(record, context.lang))
  const count = context.lang === 'zh' ? `${records.length} 条` : `${records.length} record${records.length === 1 ? '' : 's'}`
  return { stdout: renderTable(listing.columns(context.lang), rows, { maxWidth: context.width, styleHeader: context.style.bold }), notes: [count] }
}
