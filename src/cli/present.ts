// Small pieces the commands share to turn records into text: labels in the chosen language,
// values through the package's own format(), percent changes, and the "unknown id" failure
// with its suggestions. Pure: they return strings or failures and print nothing.
import { zones } from '../data/collections.js'
import { dataset } from '../data/dataset.js'
import { zoneIds } from '../data/ids.js'
import type { ComputedBound } from '../growth/types.js'
import { asOf } from '../query/asOf.js'
import { getZone } from '../query/getZone.js'
import type { DatasetView } from '../query/asOf.js'
import type { Label } from '../types.js'
import type { ZoneId } from '../data/ids.js'
import type { Zone } from '../zoneTypes.js'
import { BASIS_TERMS, FIELD_TERMS } from '../glossary/terms.js'
import { format } from '../units/format.js'
import type { FormattableValue } from '../units/format.js'
import type { CommandContext } from './context.js'
import { truncateToWidth } from './displayWidth.js'
import { failure } from './failure.js'
import type { CliFailure } from './failure.js'
import type { Lang, Text } from './spec.js'
import { suggest } from './suggest.js'

/** The label in the language of the output. */
export function labelIn(label: Label | Text, lang: Lang): string {
  return label[lang]
}

/**
 * A row's name followed by its scope when that is not the zone itself, so that a row about a
 * sub-zone is never read as the zone's: `生物产业规模突破1600亿元（区域：天府国际生物城）`,
 * `Bio-industry scale above 160 billion yuan (scope: Chengdu Tianfu International Bio-Town)`.
 */
export function withScope(name: string, scope: ZoneId, lang: Lang): string {
  if (scope === zoneOf(undefined, lang).id) return name
  const zone = labelIn(getZone(scope).label, lang)
  return lang === 'zh' ? `${name}（${FIELD_TERMS.scope.zh}：${zone}）` : `${name} (${FIELD_TERMS.scope.en}: ${zone})`
}

/** A published value as the package's format() writes it (3,201.2亿元 / CNY 320.12 billion). */
export function formatValue(record: FormattableValue, lang: Lang): string {
  return format(record, { locale: lang === 'zh' ? 'zh-CN' : 'en' })
}

/**
 * A computed rate with its sign and two decimals, through format(): `+6.15%`; `≥` or `≤` in front
 * when a lower-bound level makes it only a bound.
 */
export function formatChange(percent: number, bound: ComputedBound, lang: Lang): string {
  const text = formatValue({ value: Number(percent.toFixed(2)), decimals: 2, unit: 'percent', multiplier: 0 }, lang)
  const signed = percent > 0 ? `+${text}` : text
  return bound === 'lower' ? `≥${signed}` : bound === 'upper' ? `≤${signed}` : signed
}

/** A reported growth with its sign, as published (`+6.0%`). */
export function formatGrowth(record: FormattableValue, lang: Lang): string {
  const text = formatValue(record, lang)
  return record.value > 0 && record.bound !== 'lower' ? `+${text}` : text
}

const FULL_VIEW: DatasetView = { asOf: null, ...dataset }

/**
 * The dataset as known on --as-of (every collection: a record shows only when the sources it
 * rests on were published by then; see asOf), or the whole dataset without it. Every command
 * takes its records from here and nowhere else.
 */
export function viewOf(context: CommandContext): DatasetView {
  return context.asOf === undefined ? FULL_VIEW : asOf(context.asOf)
}

/** The `options.dataset` the queries take: none for the whole dataset (its index is built once). */
export function datasetOption(view: DatasetView): { readonly dataset?: DatasetView } {
  return view.asOf === null ? {} : { dataset: view }
}

/** The failure (exit 1) for a record the --as-of day did not know yet. */
export function notPublished(id: string, day: string, lang: Lang): CliFailure {
  const message = lang === 'zh' ? `${id} 在 ${day} 尚未发布（或发布日期不详）` : `${id} was not published by ${day} (or its date is unknown)`
  return failure('NOT_PUBLISHED', message)
}

/** The name of a collection's record, for messages. */
export const RECORD_KINDS = {
  indicator: { zh: '指标', en: 'indicator' },
  target: { zh: '目标', en: 'target' },
  zone: { zh: '区域', en: 'zone' },
  record: { zh: '记录', en: 'record' },
} as const satisfies Record<string, Text>

/**
 * The failure (exit 1) for an id no record has, naming the nearest valid ids:
 * `no indicator has the id "gpd" (did you mean gdp?)`.
 */
export function unknownId(kind: keyof typeof RECORD_KINDS, id: string, validIds: Iterable<string>, lang: Lang): CliFailure {
  const what = RECORD_KINDS[kind][lang]
  const shown = truncateToWidth(id, 60)
  const message = lang === 'zh' ? `没有 id 为“${shown}”的${what}` : `no ${what} has the id "${shown}"`
  return failure('UNKNOWN_ID', message, suggest(id, validIds))
}

/**
 * The zone record of an id given with --zone, or the unknown-id failure; without an id, the
 * zone itself (the queries' default scope).
 */
export function zoneOf(id: string | undefined, lang: Lang): Zone {
  if (id === undefined) return zones.find((zone) => zone.kind === 'zone') ?? getZone('cdht')
  if (!isIdOf(zoneIds, id)) throw unknownId('zone', id, zoneIds, lang)
  return getZone(id)
}

/** `yes`/`no`/`unknown` in the output language. */
export function yesNo(value: boolean | null, lang: Lang): string {
  if (value === null) return lang === 'zh' ? '未知' : 'unknown'
  return value ? (lang === 'zh' ? '是' : 'yes') : lang === 'zh' ? '否' : 'no'
}

/** Whether a text is one of a collection's ids (`indicatorIds`…), narrowing it to the id type. */
export function isIdOf<Id extends string>(ids: readonly Id[], value: string): value is Id {
  return (ids as readonly string[]).includes(value)
}

/** The words for a growth's price basis (the glossary's). */
export const BASIS_NAMES = BASIS_TERMS
