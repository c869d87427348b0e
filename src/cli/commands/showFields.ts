import { observations } from '../../data/collections.js'
import { unitLabel } from '../../export/unitLabel.js'
import { getIndicator } from '../../query/getIndicator.js'
import { getZone } from '../../query/getZone.js'
import type { Bound, Chain, Fact, Indicator, Industry, Label, Observation, Park, PlanItem, Project, Source, Target, Zone } from '../../types.js'
import { BASIS_NAMES, formatValue, labelIn } from '../present.js'
import type { Lang, Text } from '../spec.js'

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
  | { readonly collection: 'sources'; readonly record: Source }

const NAMES = {
  label: { zh: '名称', en: 'name' },
  otherLabel: { zh: '英文名', en: 'Chinese name' },
  indicator: { zh: '指标', en: 'indicator' },
  value: { zh: '数值', en: 'value' },
  unit: { zh: '单位', en: 'unit' },
  bound: { zh: '界限', en: 'bound' },
  measure: { zh: '测度', en: 'measure' },
  basis: { zh: '口径', en: 'basis' },
  period: { zh: '期间', en: 'period' },
  deadline: { zh: '期限', en: 'deadline' },
  scope: { zh: '区域', en: 'scope' },
  status: { zh: '状态', en: 'status' },
  category: { zh: '类别', en: 'category' },
  kind: { zh: '类型', en: 'kind' },
  definition: { zh: '定义', en: 'definition' },
  counter: { zh: '计数', en: 'counted' },
  partOf: { zh: '隶属', en: 'part of' },
  focus: { zh: '重点', en: 'focus' },
  industry: { zh: '产业', en: 'industry' },
  investment: { zh: '投资', en: 'investment' },
  year: { zh: '年份', en: 'year' },
  firsts: { zh: '首创', en: 'firsts' },
  layout: { zh: '布局', en: 'layout' },
  detail: { zh: '详情', en: 'detail' },
  title: { zh: '标题', en: 'title' },
  publisher: { zh: '发布者', en: 'publisher' },
  published: { zh: '发布日期', en: 'published' },
  reports: { zh: '内容', en: 'reports' },
  grade: { zh: '等级', en: 'grade' },
  file: { zh: '原文件', en: 'held in' },
  source: { zh: '来源', en: 'source' },
  passage: { zh: '原文', en: 'passage' },
  supersedes: { zh: '修订自', en: 'revises' },
  note: { zh: '备注', en: 'note' },
  observations: { zh: '观测值', en: 'observations' },
} as const satisfies Record<string, Text>

const BOUND_NAMES: Readonly<Record<Bound, Text>> = {
  exact: { zh: '精确值', en: 'exact' },
  lower: { zh: '下限（超、突破、以上）', en: 'lower bound (more than)' },
  top: { zh: '前 N 名之内', en: 'within the top N' },
}

type Field = readonly [keyof typeof NAMES, string | undefined]

function figureFields(figure: Observation | Target, lang: Lang): Field[] {
  const indicator = getIndicator(figure.indicator)
  const unit = unitLabel(figure.unit, figure.multiplier, indicator.counter)[lang]
  return [
    ['indicator', `${labelIn(indicator.label, lang)} (${indicator.id})`],
    ['value', formatValue(figure, lang)],
    ['unit', `${unit} (${figure.unit} × 10^${figure.multiplier})`],
    ['measure', figure.measure],
    ['basis', figure.basis === undefined ? undefined : BASIS_NAMES[figure.basis][lang]],
    ['period', figure.period],
    ['scope', `${labelIn(getZone(figure.scope).label, lang)} (${figure.scope})`],
  ]
}

function ownFields(found: FoundRecord, lang: Lang): Field[] {
  const text = (label: Label | undefined): string | undefined => (label === undefined ? undefined : labelIn(label, lang))
  switch (found.collection) {
    case 'indicators': {
      const { record } = found
      const values = observations.filter((observation) => observation.indicator === record.id).map((observation) => observation.id)
      return [
        ['category', record.category],
        ['kind', record.kind],
        ['unit', record.unit],
        ['counter', text(record.counter)],
        ['definition', record.definition],
        ['observations', values.join(', ')],
      ]
    }
    case 'observations':
      return [...figureFields(found.record, lang), ['bound', BOUND_NAMES[found.record.bound][lang]], ['supersedes', found.record.supersedes]]
    case 'targets': {
      const { record } = found
      return [...figureFields(record, lang), ['deadline', `${record.deadline}${record.deadlineStated ? '' : lang === 'zh' ? '（期末）' : ' (end of period)'}`], ['status', record.status]]
    }
    case 'zones': {
      const { record } = found
      const focus = record.focus === undefined ? undefined : `${record.focus.year}: ${text(record.focus.theme) ?? ''} — ${record.focus.plans.map((plan) => labelIn(plan, lang)).join('; ')}`
      return [['kind', record.kind], ['partOf', record.partOf], ['focus', focus]]
    }
    case 'industries':
      return [['kind', found.record.kind]]
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
    case 'facts':
      return [['kind', found.record.kind], ['year', String(found.record.year)], ['detail', text(found.record.detail)]]
    case 'sources': {
      const { record } = found
      return [
        ['title', record.title ?? undefined],
        ['publisher', text(record.publisher)],
        ['published', record.published ?? undefined],
        ['reports', text(record.reports)],
        ['grade', record.grade],
        ['file', record.heldIn.file],
      ]
    }
  }
}

/** A source in one line: publisher · title · date · grade (id). */
export function sourceLine(source: Source, lang: Lang): string {
  const undated = lang === 'zh' ? '日期不详' : 'undated'
  return `${labelIn(source.publisher, lang)} · ${source.title ?? labelIn(source.reports, lang)} · ${source.published ?? undated} · ${source.grade} (${source.id})`
}

/**
 * The fields `show` prints for a record, named in the output language: its label in both
 * languages, what is particular to its collection (value, unit, bound, period, scope for a
 * figure), then its source, the verbatim passage and any note. Empty fields are left out.
 */
export function recordFields(found: FoundRecord, source: Source | null, lang: Lang): [string, string][] {
  const { record } = found
  const label = 'label' in record ? record.label : undefined
  const other: Lang = lang === 'zh' ? 'en' : 'zh'
  const fields: Field[] = [
    ['label', label === undefined ? undefined : labelIn(label, lang)],
    ['otherLabel', label === undefined ? undefined : labelIn(label, other)],
    ...ownFields(found, lang),
    ['source', source === null ? undefined : sourceLine(source, lang)],
    ['passage', 'passage' in record ? record.passage : undefined],
    ['note', 'note' in record ? record.note : undefined],
  ]
  return fields.flatMap(([name, value]) => (value === undefined || value === '' ? [] : [[NAMES[name][lang], value]]))
}
