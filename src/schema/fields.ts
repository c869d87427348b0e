import * as z from 'zod'
import { MAX_DECIMALS, UNSCALED_UNITS, decimalsFitValue, multiplierFitsUnit } from '../_internal/figureRules.js'
import { BASES, BOUNDS, COVERAGES, MEASURES, UNITS } from '../_internal/codeLists.js'

const MONTH = '(?:0[1-9]|1[0-2])'
// Within one year the pattern itself orders the months (a backreference to the year); across
// years it cannot compare the years, so PeriodSchema’s refinement does (docs/data-teams.md lists the rules only zod checks).
const TWO = (month: number): string => String(month).padStart(2, '0')
const SAME_YEAR_RANGE = Array.from({ length: 12 }, (_, index) => {
  const later = Array.from({ length: 12 - index }, (_unused, offset) => TWO(index + 1 + offset))
  return `${TWO(index + 1)}/\\1-(?:${later.join('|')})`
}).join('|')
const MONTH_RANGE = new RegExp(`^(\\d{4})-(?:${SAME_YEAR_RANGE}|${MONTH}/(?!\\1)\\d{4}-${MONTH})$`)

/**
 * Schema of a record id: lowercase letters and digits in hyphen-separated words (`gdp-2023`).
 * Any such id is accepted, so records of your own validate; that an id is unique and that a
 * reference names an existing record are collection-level rules ({@link DatasetSchema}).
 *
 * @category Schema
 * @example
 * ```ts
 * import { IdSchema } from 'cdht-data/schema'
 * console.log(['gdp-2031', 'GDP 2031', ''].map((id) => IdSchema.safeParse(id).success))
 * //=> [true, false, false]
 * ```
 */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .describe('A record id: lowercase letters and digits in hyphen-separated words')

/**
 * Schema of a period: `YYYY`, a month interval `YYYY-MM/YYYY-MM` that does not end before it
 * starts, or a real calendar date `YYYY-MM-DD` (2023-02-31 is refused).
 * @category Schema
 * @example
 * ```ts
 * import { PeriodSchema } from 'cdht-data/schema'
 * console.log(['2023', '2021-01/2021-09', '2023-12-31', '2023-Q1', '2023-02-31', '2021-09/2021-01'].map((period) => PeriodSchema.safeParse(period).success))
 * //=> [true, true, true, false, false, false]
 * ```
 */
export const PeriodSchema = z
  .union([
    z.string().regex(/^\d{4}$/),
    z
      .string()
      .regex(MONTH_RANGE)
      .refine((period) => period.slice(0, 7) <= period.slice(8), { error: 'a month interval ends before it starts' }),
    z.iso.date(),
  ])
  .describe('A year (YYYY), a month interval (YYYY-MM/YYYY-MM) or a date (YYYY-MM-DD)')

export const IsoDateSchema = z.iso.date().describe('A calendar date, YYYY-MM-DD')

/** A publication date at the precision known: a year, a month, or a real calendar date. */
export const PublishedSchema = z.union([z.string().regex(/^\d{4}$/), z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])$/), z.iso.date()])

/**
 * Schema of a bilingual `Label`: `enSource` is required for an official English name and
 * forbidden for the project's own rendering.
 *
 * @category Schema
 * @example
 * ```ts
 * import { LabelSchema } from 'cdht-data/schema'
 * const label = { zh: '成都高新区', en: 'Chengdu Hi-tech Zone', enOrigin: 'official' }
 * console.log(LabelSchema.safeParse(label).success)
 * //=> false
 * ```
 */
export const LabelSchema = z
  .object({
    zh: z.string().min(1).describe('Chinese, as the source writes it'),
    en: z.string().min(1).describe('English'),
    enOrigin: z.enum(['official', 'ours']).describe('official: an English name in official use; ours: our rendering'),
    enSource: IdSchema.exactOptional().describe('The source showing the official English name'),
    zhOrigin: z.literal('ours').exactOptional().describe('ours: no source writes this Chinese; the project composed it'),
  })
  .strict()
  .refine((label) => (label.enOrigin === 'official') === (label.enSource !== undefined), {
    error: 'enSource is required for an official English name and forbidden otherwise',
  })
  .meta({
    if: { properties: { enOrigin: { const: 'official' } }, required: ['enOrigin'] },
    then: { required: ['enSource'] },
    else: { not: { required: ['enSource'] } },
  })

/**
 * Schema of a `Unit`.
 *
 * @category Schema
 * @example
 * ```ts
 * import { UnitSchema } from 'cdht-data/schema'
 * console.log([UnitSchema.safeParse('CNY').success, UnitSchema.safeParse('yuan').success])
 * //=> [true, false]
 * ```
 */
export const UnitSchema = z.enum(UNITS)
/**
 * Schema of a `Multiplier` (SDMX UNIT_MULT: 0, 4, 8 or 9).
 *
 * @category Schema
 * @example
 * ```ts
 * import { MultiplierSchema } from 'cdht-data/schema'
 * console.log([MultiplierSchema.safeParse(8).success, MultiplierSchema.safeParse(6).success])
 * //=> [true, false]
 * ```
 */
export const MultiplierSchema = z.union([z.literal(0), z.literal(4), z.literal(8), z.literal(9)])
/**
 * Schema of a `Measure`.
 *
 * @category Schema
 * @example
 * ```ts
 * import { MeasureSchema } from 'cdht-data/schema'
 * console.log(MeasureSchema.options)
 * //=> ['level', 'growth', 'share', 'rank']
 * ```
 */
export const MeasureSchema = z.enum(MEASURES)
/**
 * Schema of a `GrowthBasis`.
 *
 * @category Schema
 * @example
 * ```ts
 * import { GrowthBasisSchema } from 'cdht-data/schema'
 * console.log(GrowthBasisSchema.safeParse('real').success)
 * //=> true
 * ```
 */
export const GrowthBasisSchema = z.enum(BASES)
/**
 * Schema of a `Bound`.
 *
 * @category Schema
 * @example
 * ```ts
 * import { BoundSchema } from 'cdht-data/schema'
 * console.log(BoundSchema.safeParse('upper').success)
 * //=> false
 * ```
 */
export const BoundSchema = z.enum(BOUNDS)
/**
 * Schema of a bonded-zone `Coverage`: with or without the Shuangliu area, or unstated.
 *
 * @category Schema
 * @example
 * ```ts
 * import { CoverageSchema } from 'cdht-data/schema'
 * console.log(CoverageSchema.options)
 * //=> ['with-shuangliu', 'without-shuangliu', 'unstated']
 * ```
 */
export const CoverageSchema = z.enum(COVERAGES)
export const PassageOriginSchema = z.literal('summary').describe("summary: the passage is the compilation's summary, not the source's words")
// The range format and the helpers' record check accept (0–20), so a record one accepts the other reads.
export const DecimalsSchema = z.number().int().min(0).max(MAX_DECIMALS)
export const PassageSchema = z.string().min(2).max(120).describe('The clause of the source that states it, verbatim')
export const SourceRefSchema = IdSchema
/** The fields every record has that says where it comes from. */
export const provenance = { source: SourceRefSchema, passage: PassageSchema }
export const decimalsMessage = { error: 'value has more decimals than declared in decimals' }

/** A published number with its unit, as every numeric record carries it. */
export const valueFields = {
  value: z
    .number()
    .describe(
      'The value as published (3201.2, not 320120000000). A count is a whole number of things at any multiplier (5.00001万 people is not); the JSON Schema states this at multiplier 0 only, since multipleOf 0.0001 is evaluated in binary floating point by most validators (2.4 would fail it).',
    ),
  decimals: DecimalsSchema.describe('Decimals as published (6.0 has 1)'),
  unit: UnitSchema,
  multiplier: MultiplierSchema.describe('Power of ten of the unit (SDMX UNIT_MULT): 8 for 亿'),
}

/**
 * The same rules as `valueInRange` and `countIsWhole` (src/_internal/figureRules.ts) and the basis
 * of a growth, for the JSON Schema (if/then); a whole count at multiplier 0 only (see `value`).
 */
export const figureConditions = {
  allOf: [
    { if: { properties: { unit: { const: 'count' } }, required: ['unit'] }, then: { properties: { value: { type: 'number', minimum: 0 } } } },
    {
      if: { properties: { unit: { const: 'count' }, multiplier: { const: 0 } }, required: ['unit', 'multiplier'] },
      then: { properties: { value: { type: 'integer' } } },
    },
    { if: { properties: { measure: { const: 'level' } }, required: ['measure'] }, then: { properties: { value: { type: 'number', minimum: 0 } } } },
    { if: { properties: { unit: { const: 'rank' } }, required: ['unit'] }, then: { properties: { value: { type: 'number', minimum: 1 } } } },
    { if: { properties: { measure: { const: 'share' } }, required: ['measure'] }, then: { properties: { value: { type: 'number', minimum: 0, maximum: 100 } } } },
    // A level in percent is a part of a whole too (partOfWhole).
    {
      if: { properties: { measure: { const: 'level' }, unit: { const: 'percent' } }, required: ['measure', 'unit'] },
      then: { properties: { value: { type: 'number', maximum: 100 } } },
    },
    { if: { properties: { unit: { enum: UNSCALED_UNITS } }, required: ['unit'] }, then: { properties: { multiplier: { type: 'number', const: 0 } } } },
    {
      if: { properties: { measure: { const: 'growth' } }, required: ['measure'] },
      then: { required: ['basis'], properties: { value: { type: 'number', minimum: -100 } } },
      else: { not: { required: ['basis'] } },
    },
  ],
}

/** Refuses a value whose decimals differ from the declared published decimals. */
export const decimalsMatch = decimalsFitValue

/** Refuses a percent or a rank with a multiplier other than 0. */
export const multiplierMatch = multiplierFitsUnit
