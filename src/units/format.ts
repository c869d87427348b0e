import { finite, refuse } from '../_internal/checkNumber.js'
import { lookup } from '../_internal/byId.js'
import { decimalToString, parseDecimal, shiftDecimal } from '../_internal/decimal.js'
import { indicatorsById } from '../_internal/indexes.js'
import { multiplier as checkMultiplier } from '../_internal/multiplier.js'
import type { IndicatorId } from '../data/ids.js'
import type { Bound, Label, Measure, Multiplier, Unit } from '../types.js'

/**
 * What {@link format} needs of a value. Observations and targets have it; so does any object
 * with the same fields.
 * @category Units and formatting
 */
export interface FormattableValue {
  /** The value as published. */
  readonly value: number
  /** Decimals as published: they are kept (6.0 stays `6.0%`). */
  readonly decimals: number
  /** The base unit. */
  readonly unit: Unit
  /** Power of ten of the unit (8 for 亿). */
  readonly multiplier: Multiplier
  /** `lower` prints 超 / over; `top` prints a rank as 前N / top N. */
  readonly bound?: Bound
  /** A target's comparator: `gt` (突破, 超) prints like a lower bound. */
  readonly comparator?: 'gt' | 'gte' | 'eq'
  /** `share` prints the whole it is a share of, when `rankAmong` names it. */
  readonly measure?: Measure
  /** The ranking of a rank, or the whole of a share: 全国 / nationally. */
  readonly rankAmong?: Label
  /** For counts: the indicator whose counter label (家 / enterprises) is printed. */
  readonly indicator?: IndicatorId
}

/**
 * Options of {@link format}.
 * @category Units and formatting
 */
export interface FormatOptions {
  /** `zh-CN` (the default) prints as the sources do (3,201.2亿元); `en` in billions (CNY 320.12 billion). */
  readonly locale?: 'zh-CN' | 'en'
  /** For counts: what is counted, instead of the counter of `value.indicator`. */
  readonly counter?: Label
}

const LOCALES: readonly string[] = ['zh-CN', 'en']
// Building an Intl.NumberFormat costs tens of microseconds, far more than formatting: the data's
// decimals (0 to 6) get theirs once, on first use of each (not at import); others per call.
const CACHED_DECIMALS = 6
const FORMATTERS = new Map<string, Intl.NumberFormat>()
let ordinals: Intl.PluralRules | undefined
const SCALE_ZH: Readonly<Record<Multiplier, string>> = { 0: '', 4: '万', 8: '亿', 9: '十亿' }
const ORDINAL_SUFFIX: Readonly<Record<string, string>> = { one: 'st', two: 'nd', few: 'rd', other: 'th' }

/**
 * A published value as text, in Chinese as the sources write it or in English, with the decimals
 * as published (`6.0%`, never `6%`), grouped digits, its unit, and what bounds it:
 *
 * | record | `zh-CN` | `en` |
 * |---|---|---|
 * | 3201.2, CNY, 亿 | 3,201.2亿元 | CNY 320.12 billion |
 * | 1400, CNY, 亿, lower bound | 超1,400亿元 | over CNY 140 billion |
 * | 6.0, percent | 6.0% | 6.0% |
 * | rank 1 among 全国 / nationally | 全国第1 | 1st nationally |
 * | rank 3, top bound | 全国前3 | top 3 nationally |
 * | 3.8 万, count of enterprises (户) | 3.8万户 | 38,000 enterprises |
 *
 * In English, amounts are converted exactly (digits moved, not multiplied) to billions, millions
 * or units, whichever keeps the integer part shortest without going below one, and printed
 * without trailing zeros, since the published decimals belong to the Chinese unit. A share with
 * `rankAmong` prints its whole (占全省61% / 61% of Sichuan). A target's `gt` prints like a lower bound.
 *
 * @category Units and formatting
 * @param record - The value with its unit, multiplier and decimals: an observation, a target, or alike.
 * @param options - The locale (`zh-CN` by default) and, for counts, the counter label.
 * @returns The text.
 * @throws {@link CdhtDataError} `NOT_FINITE` (`record.value`), `NOT_INTEGER` (`record.decimals`,
 * or `record.value` for a rank), `INVALID_ARGUMENT` (`record.decimals` outside 0–20,
 * `record.multiplier`, `options.locale`), `UNKNOWN_ID` (`record.indicator`).
 * @example
 * ```ts
 * import { format } from 'cdht-data'
 * const gdp = { value: 3201.2, decimals: 1, unit: 'CNY', multiplier: 8 } as const
 * console.log([format(gdp), format(gdp, { locale: 'en' })])
 * //=> ['3,201.2亿元', 'CNY 320.12 billion']
 * ```
 * @example
 * ```ts
 * import { format } from 'cdht-data'
 * const growth = { value: 6, decimals: 1, unit: 'percent', multiplier: 0 } as const
 * console.log(format(growth))
 * //=> '6.0%'
 * ```
 * @example
 * ```ts
 * import { format } from 'cdht-data'
 * const rank = { value: 1, decimals: 0, unit: 'rank', multiplier: 0, rankAmong: { zh: '全国', en: 'nationally', enOrigin: 'ours' } } as const
 * console.log([format(rank), format(rank, { locale: 'en' })])
 * //=> ['全国第1', '1st nationally']
 * ```
 * @example
 * ```ts
 * import { format, getObservation } from 'cdht-data'
 * const newEnterprises = getObservation('new-enterprises-2023')
 * console.log([format(newEnterprises), format(newEnterprises, { locale: 'en' })])
 * //=> ['3.8万户', '38,000 enterprises']
 * ```
 */
export function format(record: FormattableValue, options: FormatOptions = {}): string {
  const locale = options.locale ?? 'zh-CN'
  if (!LOCALES.includes(locale)) refuse('INVALID_ARGUMENT', 'options.locale', `not zh-CN or en: ${JSON.stringify(locale)}`)
  const zh = locale === 'zh-CN'
  finite(record.value, 'record.value')
  const decimals = finite(record.decimals, 'record.decimals')
  if (!Number.isInteger(decimals)) refuse('NOT_INTEGER', 'record.decimals', `not a whole number: ${decimals}`)
  if (decimals < 0 || decimals > 20) refuse('INVALID_ARGUMENT', 'record.decimals', `not within 0-20: ${decimals}`)
  checkMultiplier(record.multiplier, 'record.multiplier')
  const over = record.bound === 'lower' || record.comparator === 'gt'
  const text = record.unit === 'rank' ? rank(record, zh) : amount(record, options.counter, zh)
  return over ? (zh ? `超${text}` : `over ${text}`) : text
}

function amount(record: FormattableValue, counter: Label | undefined, zh: boolean): string {
  if (record.unit === 'percent') {
    const percent = `${number(String(record.value), record.decimals, zh)}%`
    const whole = record.measure === 'share' ? record.rankAmong : undefined
    if (whole === undefined) return percent
    return zh ? `占${whole.zh}${percent}` : `${percent} of ${whole.en}`
  }
  const what = record.unit === 'count' ? (counter ?? countedBy(record.indicator)) : undefined
  if (zh) {
    // 十亿 is not how Chinese sources count money: billions become 亿 with one decimal less.
    const [value, power, decimals] =
      record.multiplier === 9 ? [rescaled(record.value, 1), 8 as const, Math.max(0, record.decimals - 1)] : [String(record.value), record.multiplier, record.decimals]
    const unit = record.unit === 'CNY' ? '元' : (what?.zh ?? '')
    return `${number(value, decimals, zh)}${SCALE_ZH[power]}${unit}`
  }
  const units = parseDecimal(rescaled(record.value, record.multiplier), 'record.value')
  const magnitude = units.digits.toString().length + units.exponent
  const [power, word] = magnitude > 9 ? [9, ' billion'] : magnitude > 6 ? [6, ' million'] : [0, '']
  const scaled = decimalToString(shiftDecimal(units, -power))
  const digits = number(scaled, scaled.split('.')[1]?.length ?? 0, zh) + word
  if (record.unit === 'CNY') return `CNY ${digits}`
  return what === undefined ? digits : `${digits} ${what.en}`
}

function rank(record: FormattableValue, zh: boolean): string {
  const place = finite(record.value, 'record.value')
  if (!Number.isInteger(place)) refuse('NOT_INTEGER', 'record.value', `a rank must be a whole number: ${place}`)
  const among = record.rankAmong
  const top = record.bound === 'top'
  if (zh) return `${among?.zh ?? ''}${top ? '前' : '第'}${place}`
  const ordinal = `${place}${ORDINAL_SUFFIX[(ordinals ??= new Intl.PluralRules('en', { type: 'ordinal' })).select(place)] ?? 'th'}`
  const text = top ? `top ${place}` : ordinal
  return among === undefined ? text : `${text} ${phrase(among.en)}`
}

/** A label as it reads after an ordinal: `Nationwide` becomes `nationwide`; `EU` stays. */
function phrase(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label
}

function countedBy(indicator: IndicatorId | undefined): Label | undefined {
  return indicator === undefined ? undefined : lookup(indicatorsById, indicator, 'indicator', 'record.indicator').counter
}

function rescaled(value: number, places: number): string {
  return decimalToString(shiftDecimal(parseDecimal(value, 'record.value'), places))
}

function number(decimal: string, decimals: number, zh: boolean): string {
  const locale = zh ? 'zh-CN' : 'en'
  const formatter = decimals > CACHED_DECIMALS ? numberFormat(locale, decimals) : cachedFormat(locale, decimals)
  // Published figures have at most 15 significant digits, so the Number is the decimal itself.
  return formatter.format(Number(decimal))
}

function numberFormat(locale: string, decimals: number): Intl.NumberFormat {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
}

function cachedFormat(locale: string, decimals: number): Intl.NumberFormat {
  const key = `${locale}|${decimals}`
  let formatter = FORMATTERS.get(key)
  if (formatter === undefined) {
    formatter = numberFormat(locale, decimals)
    FORMATTERS.set(key, formatter)
  }
  return formatter
}
