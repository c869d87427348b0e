import * as z from 'zod'
import { sourceIds } from '../data/ids.js'

/**
 * Schema of a period: `YYYY`, a month interval `YYYY-MM/YYYY-MM`, or a date `YYYY-MM-DD`.
 * @category Schema
 * @example
 * ```ts
 * import { PeriodSchema } from 'cdht-data/schema'
 * console.log(['2023', '2021-01/2021-09', '2023-12-31', '2023-Q1'].map((period) => PeriodSchema.safeParse(period).success))
 * //=> [true, true, true, false]
 * ```
 */
export const PeriodSchema = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])\/\d{4}-(?:0[1-9]|1[0-2])|-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))?$/)
  .describe('A year (YYYY), a month interval (YYYY-MM/YYYY-MM) or a date (YYYY-MM-DD)')

export const IsoDateSchema = z.iso.date().describe('A calendar date, YYYY-MM-DD')

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
    enSource: z.enum(sourceIds).exactOptional().describe('The source showing the official English name'),
    zhOrigin: z.literal('ours').exactOptional().describe('ours: no source writes this Chinese; the project composed it'),
  })
  .strict()
  .refine((label) => (label.enOrigin === 'official') === (label.enSource !== undefined), {
    error: 'enSource is required for an official English name and forbidden otherwise',
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
export const UnitSchema = z.enum(['CNY', 'USD', 'percent', 'count', 'rank'])
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
export const MeasureSchema = z.enum(['level', 'growth', 'share', 'rank'])
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
export const GrowthBasisSchema = z.enum(['real', 'nominal', 'unspecified'])
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
export const BoundSchema = z.enum(['exact', 'lower', 'top'])
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
export const CoverageSchema = z.enum(['with-shuangliu', 'without-shuangliu', 'unstated'])
export const PassageOriginSchema = z.literal('summary').describe("summary: the passage is the compilation's summary, not the source's words")
export const DecimalsSchema = z.number().int().min(0).max(6)
export const PassageSchema = z.string().min(2).max(120).describe('The clause of the source that states it, verbatim')
export const SourceRefSchema = z.enum(sourceIds)

/** A published number with its unit, as every numeric record carries it. */
export const valueFields = {
  value: z.number().describe('The value as published (3201.2, not 320120000000)'),
  decimals: DecimalsSchema.describe('Decimals as published (6.0 has 1)'),
  unit: UnitSchema,
  multiplier: MultiplierSchema.describe('Power of ten of the unit (SDMX UNIT_MULT): 8 for 亿'),
}

/** Refuses a value whose decimals differ from the declared published decimals. */
export function decimalsMatch(record: { value: number; decimals: number }): boolean {
  return Number(record.value.toFixed(record.decimals)) === record.value
}
