import { lookup } from '../_internal/byId.js'
import { finite, refuse } from '../_internal/checkNumber.js'
import { BOUNDS, MEASURES, UNITS } from '../_internal/codeLists.js'
import { type Decimal, decimalToString, groupedFixed, parseDecimal, shiftDecimal } from '../_internal/decimal.js'
import { indicatorCounters, indicatorKinds } from '../data/lookups.js'
import { multiplier as checkMultiplier } from '../_internal/multiplier.js'
import { plainData } from '../_internal/plainData.js'
import { decimalsArgument, figureAgrees, objectArgument, oneOf, optionsArgument, stringArgument } from '../_internal/recordShape.js'
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
  /** A target's comparator: `gt` (突破, 超) prints 超 / over; `gte` prints the bare figure in Chinese, `at least` in English; `eq` the bare quantity. */
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
  /** For counts: what is counted, instead of the counter of `value.indicator`; printed as given (no singular for 1). */
  readonly counter?: Label
}

const LOCALES: readonly unknown[] = ['zh-CN', 'en']
let ordinals: Intl.PluralRules | undefined
const SCALE_ZH: Readonly<Record<Multiplier, string>> = { 0: '', 4: '万', 8: '亿', 9: '十亿' }
const CURRENCY_ZH: Readonly<Partial<Record<Unit, string>>> = { CNY: '元', USD: '美元' }
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
 * | 1, count of hospitals (家) | 1家 | 1 hospital |
 * | 147, USD, 亿 | 147亿美元 | USD 14.7 billion |
 * | target 2600, CNY, 亿, `gte` (实现, 达到) | 2,600亿元 | at least CNY 260 billion |
 * | target 1600, CNY, 亿, `gt` (突破, 超) | 超1,600亿元 | over CNY 160 billion |
 * | target 1580 units, `eq` (a planned quantity) | 1,580套 | 1,580 units |
 *
 * In English, amounts are converted exactly (digits moved, not multiplied) to billions, millions
 * or units, whichever keeps the integer part shortest without going below one, and printed
 * without trailing zeros, since the published decimals belong to the Chinese unit. A share with
 * `rankAmong` prints its whole (占全省61% / 61% of Sichuan). A target's `gt` prints like a lower
 * bound. A `gte` target prints the bare figure in Chinese: a target figure already means "reach
 * it", and 以上 would add a word many sources do not say (力争实现2600亿元); English says `at
 * least`. An `eq` target, a quantity the source states without qualifier, prints bare in both
 * (约 / about would add a word the source does not say). Money stays in its currency: US
 * dollars print as 美元 / USD, never converted.
 *
 * The record must agree with itself, as the record schemas require: a value with more decimals
 * than `decimals` states (3201.25 with `decimals: 1`) and a percent or a rank with a multiplier
 * other than 0 are refused, in both locales, rather than rounded or printed as `3,201.2%`. Digits
 * are then moved exactly on the decimal, never in floating point, so no value prints as `-0`
 * (`-0` at one decimal is `0.0%`), in exponent notation (`1e+21`) or as `∞`, and a tiny value
 * such as `1e-20` with `decimals: 20` prints all its digits (`0.00000000000000000001亿元`;
 * `CNY 0.000000000001`), never a rounded zero in one locale and digits in the other.
 *
 * A count is a whole number of things, as the record schemas require: `value: 1.5, unit: 'count',
 * multiplier: 0` (1.5 projects) and `value: 5.00001, multiplier: 4` (50,000.1 people) are
 * `NOT_INTEGER` naming `record.value`, while 1.2 in 万 (12,000) prints `1.2万`. The rule holds
 * only where the record states `unit: 'count'`. A value that states no measure may be a change,
 * so a whole count below zero (`-3`) still prints; a level of one may not be negative.
 *
 * @category Units and formatting
 * @param record - The value with its unit, multiplier and decimals: an observation, a target, or alike.
 * @param options - The locale (`zh-CN` by default) and, for counts, the counter label.
 * @returns The text.
 * @throws {@link CdhtDataError} `NOT_FINITE` (`record.value`), `NOT_INTEGER` (`record.decimals`,
 * or `record.value` for a rank or a fraction of a counted thing), `NOT_POSITIVE` (`record.value` for a rank), `INVALID_ARGUMENT`
 * (`record` or `options` not an object, `record.decimals` outside 0–20 or fewer than the value
 * has, `record.multiplier` (also not 0 for a percent or a rank),
 * `record.unit`, `record.bound`, `record.comparator`, `record.rankAmong`, `options.locale`,
 * `options.counter`; an option it does not have, e.g. `options.status`; a record that is not
 * plain data, such as one that contains itself, naming where: `record.self`), `UNKNOWN_ID`
 * (`record.indicator`).
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
 * @example
 * ```ts
 * import { format, getTarget } from 'cdht-data'
 * const housing = getTarget('housing-units-listed-for-sale-2024')
 * console.log([format(housing), format(housing, { locale: 'en' })])
 * //=> ['3,200套', 'at least 3,200 units']
 * ```
 */
export function format(record: FormattableValue, options?: FormatOptions): string {
  const given = optionsArgument(options, ['locale', 'counter'])
  const locale = given.locale ?? 'zh-CN'
  oneOf(locale, LOCALES, 'options.locale')
  if (given.counter !== undefined) label(given.counter, 'options.counter')
  const zh = locale === 'zh-CN'
  // One read of the record's own fields: what is checked is what is printed.
  const fields = checkRecord(record)
  const text = fields.unit === 'rank' ? rank(fields, zh) : amount(fields, given.counter, zh)
  if (fields.bound === 'lower' || fields.comparator === 'gt') return zh ? `超${text}` : `over ${text}`
  // A target figure is a goal to reach already: 以上 would add a word the source may not say.
  if (fields.comparator === 'gte' && !zh) return `at least ${text}`
  return text
}

/** The record's own fields, checked, naming the first bad one (`record.multiplier`). */
function checkRecord(record: FormattableValue): FormattableValue {
  const fields = objectArgument(record, 'record')
  // Plain data, as every helper reads a record: a record that contains itself is refused, not printed.
  plainData(fields, 'record', [record])
  finite(fields.value, 'record.value')
  decimalsArgument(fields.decimals, 'record.decimals')
  oneOf(fields.unit, UNITS, 'record.unit')
  checkMultiplier(fields.multiplier, 'record.multiplier')
  oneOf(fields.bound, BOUNDS, 'record.bound', true)
  oneOf(fields.comparator, ['gt', 'gte', 'eq'], 'record.comparator', true)
  oneOf(fields.measure, MEASURES, 'record.measure', true)
  if (fields.rankAmong !== undefined) label(fields.rankAmong, 'record.rankAmong')
  if (fields.indicator !== undefined) stringArgument(fields.indicator, 'record.indicator')
  const checked = fields as unknown as FormattableValue
  figureAgrees(checked, 'record')
  // A target without a comparator would print bare, as if its goal were exact.
  if (fields.status === 'target' && fields.comparator === undefined) refuse('INVALID_ARGUMENT', 'record.comparator', 'a target states one: gt, gte or eq')
  // An actual is a figure that happened: a comparator on one would print it as a goal (超3,201.2亿元).
  if (fields.status === 'actual' && fields.comparator !== undefined) refuse('INVALID_ARGUMENT', 'record.comparator', 'an actual has none: it is a figure, not a goal')
  // What the schemas refuse would print as something else: "top 3" as a bare 3%, 超 before a place.
  if (fields.unit === 'rank' ? fields.bound === 'lower' : fields.bound === 'top') {
    refuse('INVALID_ARGUMENT', 'record.bound', fields.unit === 'rank' ? 'a rank is exact or within the top N, not a lower bound' : `top (within the top N) is for a rank, not ${String(fields.unit)}`)
  }
  // A bare value to print states no measure: its unit says what a rank needs; a share, if named.
  if (fields.unit === 'rank' ? checked.value < 1 : fields.measure === 'share' && (checked.value < 0 || checked.value > 100)) {
    refuse('INVALID_ARGUMENT', 'record.value', fields.unit === 'rank' ? `a rank is 1 or more: ${checked.value}` : `a share is between 0 and 100: ${checked.value}`)
  }
  return checked
}

function label(value: unknown, input: string): void {
  const fields = objectArgument(value, input)
  stringArgument(fields.zh, `${input}.zh`)
  stringArgument(fields.en, `${input}.en`)
}

function amount(record: FormattableValue, counter: Label | undefined, zh: boolean): string {
  const value = parseDecimal(record.value, 'record.value')
  if (record.unit === 'percent') {
    const percent = `${groupedFixed(value, record.decimals)}%`
    const whole = record.measure === 'share' ? record.rankAmong : undefined
    if (whole === undefined) return percent
    return zh ? `占${whole.zh}${percent}` : `${percent} of ${whole.en}`
  }
  const what = record.unit === 'count' ? (counter ?? countedBy(record.indicator)) : undefined
  if (zh) {
    // 十亿 is not how Chinese sources count money: billions become 亿 with one decimal less.
    const [scaled, power, decimals] =
      record.multiplier === 9 ? [shiftDecimal(value, 1), 8 as const, Math.max(0, record.decimals - 1)] : [value, record.multiplier, record.decimals]
    return `${groupedFixed(scaled, decimals)}${SCALE_ZH[power]}${CURRENCY_ZH[record.unit] ?? what?.zh ?? ''}`
  }
  const units = shiftDecimal(value, record.multiplier)
  const magnitude = units.digits.toString().length + units.exponent
  const [power, word] = magnitude > 9 ? [9, ' billion'] : magnitude > 6 ? [6, ' million'] : [0, '']
  const digits = plain(shiftDecimal(units, -power)) + word
  if (record.unit === 'CNY' || record.unit === 'USD') return `${record.unit} ${digits}`
  if (what === undefined) return digits
  // Our counters are English plurals; a caller's counter is printed as given.
  return `${digits} ${digits === '1' && counter === undefined ? singular(what.en) : what.en}`
}

/** The singular of one of the package's counters (enterprises, laboratories, people). */
function singular(plural: string): string {
  return plural === 'people' ? 'person' : plural.replace(/ies$/, 'y').replace(/([^s])s$/, '$1')
}

/** Grouped digits with exactly the decimals the value has (no trailing zeros). */
function plain(decimal: Decimal): string {
  return groupedFixed(decimal, decimalToString(decimal).split('.')[1]?.length ?? 0)
}

function rank(record: FormattableValue, zh: boolean): string {
  const place = record.value
  if (!Number.isInteger(place)) refuse('NOT_INTEGER', 'record.value', `a rank must be a whole number: ${place}`)
  if (place < 1 || !Number.isSafeInteger(place)) refuse('NOT_POSITIVE', 'record.value', `a rank counts from 1: ${place}`)
  const among = record.rankAmong
  const top = record.bound === 'top'
  if (zh) return `${among?.zh ?? ''}${top ? '前' : '第'}${place}`
  ordinals ??= new Intl.PluralRules('en', { type: 'ordinal' })
  const ordinal = `${place}${ORDINAL_SUFFIX[ordinals.select(place)] ?? 'th'}`
  const text = top ? `top ${place}` : ordinal
  return among === undefined ? text : `${text} ${phrase(among.en)}`
}

/** A label as it reads after an ordinal: `Nationwide` becomes `nationwide`; `EU` stays. */
function phrase(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label
}

function countedBy(indicator: IndicatorId | undefined): Label | undefined {
  if (indicator === undefined) return undefined
  lookup(indicatorKinds, indicator, 'indicator', 'record.indicator')
  return indicatorCounters.get(indicator)
}
