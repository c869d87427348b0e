import { unitLabel } from '../../export/unitLabel.js'
import { getIndicator } from '../../query/getIndicator.js'
import { getZone } from '../../query/getZone.js'
import type { Indicator, Label, Observation, SeriesBreak, Source, Target } from '../../types.js'
import type { Chain, Fact, Industry, Park, PlanItem, Project, Zone } from '../../zoneTypes.js'
import {
  BOUND_TERMS,
  BREAK_KIND_TERMS,
  CATEGORY_TERMS,
  COVERAGE_TERMS,
  FACT_KIND_TERMS,
  FIELD_TERMS,
  GRADE_TERMS,
  INDICATOR_KIND_TERMS,
  INDUSTRY_KIND_TERMS,
  MEASURE_TERMS,
  PLAN_KIND_TERMS,
  STATUS_TERMS,
  UNIT_TERMS,
  ZONE_KIND_TERMS,
} from '../../glossary/terms.js'
import { BASIS_NAMES, formatValue, labelIn } from '../present.js'
import type { Lang } from '../spec.js'

/** A record `show` found, tagged with its collection. */
export type FoundRecord =
  | { readonly collection: 'indicators'; readonly record: Indicator }
  | { readonly collection: 'observations'; readonly record: Observation }
  | { readonly collection: 'targets'; readonly record: Target }
  | { readonly collection: 'zones'; readonly record: Zone }
  | { readonly collection: 'industries'; readonly record: Industry }
  | { readonly collection: 'chains'; readonly record: Chain }
  | { readonly collection: 'parks'; readonly record: Park }
  | { readonly collection: 'projects'; readonly record: Project }
  | { readonly collection: 'plan'; readonly record: PlanItem }
  | { readonly collection: 'facts'; readonly record: Fact }
  | { readonly collection: 'breaks'; readonly record: SeriesBreak }
  | { readonly collection: 'sources'; readonly record: Source }

const NAMES = FIELD_TERMS

const BOUND_NAMES = BOUND_TERMS

type Field = readonly [keyof typeof NAMES, string | undefined]

function figureFields(figure: Observation | Target, lang: Lang): Field[] {
  const indicator = getIndicator(figure.indicator)
  const unit = unitLabel(figure.unit, figure.multiplier, indicator.counter)[lang]
  return [
    ['indicator', `${labelIn(indicator.label, lang)} (${indicator.id})`],
    ['value', formatValue(figure, lang)],
    // Currencies by their ISO code (CNY × 10^8); other units by name.
    ['unit', figure.unit === 'CNY' || figure.unit === 'USD' ? `${unit} (${figure.unit} × 10^${figure.multiplier})` : `${unit} (${UNIT_TERMS[figure.unit][lang]})`],
    ['measure', MEASURE_TERMS[figure.measure][lang]],
    ['basis', figure.basis === undefined ? undefined : BASIS_NAMES[figure.basis][lang]],
    ['period', figure.period],
    ['scope', `${labelIn(getZone(figure.scope).label, lang)} (${figure.scope})`],
  ]
}

function ownFields(found: FoundRecord, lang: Lang, observations: readonly Observation[]): Field[] {
  const text = (label: Label | undefined): string | undefined => (label === undefined ? undefined : labelIn(label, lang))
  switch (found.collection) {
    case 'indicators': {
      const { record } = found
      const values = observations.filter((observation) => observation.indicator === record.id).map((observation) => observation.id)
      return [
        ['category', CATEGORY_TERMS[record.category][lang]],
        ['kind', INDICATOR_KIND_TERMS[record.kind][lang]],
        ['unit', UNIT_TERMS[record.unit][lang]],
        ['counter', text(record.counter)],
        ['definition', record.definition],
        ['observations', values.join(', ')],
      ]
    }
    case 'observations': {
      const { record } = found
      return [
        ...figureFields(record, lang),
        ['bound', BOUND_NAMES[record.bound][lang]],
        ['coverage', record.coverage === undefined ? undefined : COVERAGE_TERMS[record.coverage][lang]],
        ['supersedes', record.supersedes],
      ]
    }
    case 'targets': {
      const { record } = found
      return [...figureFields(record, lang), ['deadline', `${record.deadline}${record.deadlineStated ? '' : lang === 'zh' ? '（期末）' : ' (end of period)'}`], ['status', STATUS_TERMS[record.status][lang]]]
    }
    case 'zones': {
      const { record } = found
      const focus = record.focus === undefined ? undefined : `${record.focus.year}: ${text(record.focus.theme) ?? ''} — ${record.focus.plans.map((plan) => labelIn(plan, lang)).join('; ')}`
      return [['kind', ZONE_KIND_TERMS[record.kind][lang]], ['partOf', record.partOf], ['focus', focus]]
    }
    case 'industries':
      return [['kind', INDUSTRY_KIND_TERMS[found.record.kind][lang]]]
    case 'chains':
      return []
    case 'parks':
      return [['industry', found.record.industry], ['layout', text(found.record.layout)], ['status', text(found.record.status)]]
    case 'projects': {
      const { record } = found
      return [
        ['industry', record.industry],
        ['investment', record.investment === undefined ? undefined : formatValue(record.investment, lang)],
        ['year', String(record.year)],
        ['status', text(record.status)],
        ['firsts', record.firsts.map((first) => labelIn(first, lang)).join('; ') || undefined],
      ]
    }
    case 'plan':
      return [['kind', PLAN_KIND_TERMS[found.record.kind][lang]], ['year', String(found.record.year)], ['detail', text(found.record.detail)]]
    case 'facts':
      return [['kind', FACT_KIND_TERMS[found.record.kind][lang]], ['year', String(found.record.year)], ['detail', text(found.record.detail)]]
    case 'breaks': {
      const { record } = found
      return [
        ['kind', BREAK_KIND_TERMS[record.kind][lang]],
        ['indicator', `${labelIn(getIndicator(record.indicator).label, lang)} (${record.indicator})`],
        ['scope', `${labelIn(getZone(record.scope).label, lang)} (${record.scope})`],
        ['from', record.from ?? undefined],
        ['evidence', record.evidence.join(', ')],
        ['documentedIn', record.documentedIn.file],
      ]
    }
    case 'sources': {
      const { record } = found
      return [
        ['title', record.title ?? undefined],
        ['publisher', text(record.publisher)],
        ['published', record.published ?? undefined],
        ['reports', text(record.reports)],
        ['grade', GRADE_TERMS[record.grade][lang]],
        ['file', record.heldIn.file],
      ]
    }
  }
}

/** A source in one line: publisher · title · date · grade (id). */
export function sourceLine(source: Source, lang: Lang): string {
  const undated = lang === 'zh' ? '日期不详' : 'undated'
  return `${labelIn(source.publisher, lang)} · ${source.title ?? labelIn(source.reports, lang)} · ${source.published ?? undated} · ${GRADE_TERMS[source.grade][lang]} (${source.id})`
}

/**
 * The fields `show` prints for a record, named in the output language: its label in both
 * languages, what is particular to its collection (value, unit, bound, period, scope for a
 * figure), then its source, its passage (named a summary, not the source's words, where `passageOrigin`
 * says so) and any note. Empty fields are left out.
 */
/**
 * What the compilation that documents a break says, labelled English where it is English prose
 * (more Latin letters than Chinese characters: it may quote a Chinese term, 产业增加值).
 */
function documentedPassage(found: FoundRecord): Field[] {
  if (found.collection !== 'breaks') return []
  const { passage } = found.record.documentedIn
  const count = (pattern: RegExp): number => passage.match(pattern)?.length ?? 0
  return [[count(/[A-Za-z]/g) > count(/\p{Script=Han}/gu) ? 'documentedPassageEnglish' : 'documentedPassage', passage]]
}

/**
 * The fields `show` prints for a record, in order. `observations` are those the view holds (all
 * of them, or those published by --as-of): an indicator lists only its figures known then.
 */
export function recordFields(found: FoundRecord, source: Source | null, lang: Lang, observations: readonly Observation[]): [string, string][] {
  const { record } = found
  const label = 'label' in record ? record.label : undefined
  const other: Lang = lang === 'zh' ? 'en' : 'zh'
  const origin = found.collection === 'observations' || found.collection === 'targets' ? found.record.passageOrigin : undefined
  const fields: Field[] = [
    ['label', label === undefined ? undefined : labelIn(label, lang)],
    ['otherLabel', label === undefined ? undefined : labelIn(label, other)],
    ...ownFields(found, lang, observations),
    ['source', source === null ? undefined : sourceLine(source, lang)],
    [origin === 'summary' ? 'summaryPassage' : 'passage', 'passage' in record ? record.passage : undefined],
    ...documentedPassage(found),
    ['note', 'note' in record ? record.note : undefined],
  ]
  return fields.flatMap(([name, value]) => (value === undefined || value === '' ? [] : [[NAMES[name][lang], value]]))
}
