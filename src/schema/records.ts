import * as z from 'zod'
import { COVERAGE_SCOPE, boundFitsMeasure, coverageFitsScope } from '../_internal/figureRules.js'
import { BREAK_KINDS } from '../_internal/codeLists.js'
import {
  BoundSchema,
  CoverageSchema,
  GrowthBasisSchema,
  PassageOriginSchema,
  IdSchema,
  IsoDateSchema,
  PublishedSchema,
  figureConditions,
  LabelSchema,
  MeasureSchema,
  PassageSchema,
  PeriodSchema,
  UnitSchema,
  decimalsMatch,
  multiplierMatch,
  valueFields,
  decimalsMessage,
  provenance,
} from './fields.js'
import { countIsWhole, valueInRange } from '../_internal/figureRules.js'

const multiplierMessage = { error: 'a percent or a rank has multiplier 0' }
const basisOnlyForGrowth = (record: { measure: string; basis?: unknown }): boolean =>
  (record.measure === 'growth') === (record.basis !== undefined)
const basisMessage = { error: 'basis is required for a growth and forbidden otherwise' }
const wholeCountMessage = { error: 'a count is a whole number of things at its multiplier (5.00001万 people is not)', path: ['value'] }
const rangeMessage = { error: 'a count is not negative, a growth not below -100, a rank is 1 or more, a share or a level in percent is between 0 and 100' }
const boundMessage = { error: 'bound top (within the top N) is for a rank only', path: ['bound'] }
const coverageMessage = { error: `coverage is required for the ${COVERAGE_SCOPE} scope and forbidden otherwise`, path: ['coverage'] }
// The same two rules for the JSON Schema, beside the rules observations share with targets.
const observationConditions = {
  allOf: [
    ...figureConditions.allOf,
    { if: { properties: { bound: { const: 'top' } }, required: ['bound'] }, then: { properties: { measure: { type: 'string', const: 'rank' } } } },
    {
      if: { properties: { scope: { const: COVERAGE_SCOPE } }, required: ['scope'] },
      then: { required: ['coverage'] },
      else: { not: { required: ['coverage'] } },
    },
  ],
}

/**
 * Schema of a `Source` record (see the `Source` type of the main entry). Besides the shape, it
 * checks that `released` is given only where `published` is `null`.
 *
 * @category Schema
 * @example
 * ```ts
 * import { getSource } from 'cdht-data'
 * import { SourceSchema } from 'cdht-data/schema'
 * console.log(SourceSchema.safeParse(getSource('cdht-work-meeting-2024')).success)
 * //=> true
 * ```
 */
export const SourceSchema = z
  .object({
    id: IdSchema,
    title: z.string().min(1).nullable(),
    publisher: LabelSchema,
    published: PublishedSchema.nullable().describe('ISO 8601 date at the precision known (a real calendar date), or null'),
    reports: LabelSchema,
    grade: z.enum(['primary', 'press', 'reprint']),
    released: z
      .object({ on: IsoDateSchema, passage: PassageSchema })
      .strict()
      .exactOptional()
      .describe('For an undated source: the day its figures were first released, and the words that say so'),
    heldIn: z
      .object({ file: z.string().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/), fullText: z.boolean() })
      .strict(),
    note: z.string().min(1).exactOptional(),
  })
  .strict()
  // The source's own date, where known, is when its figures could be known: a release day beside it would be a second rule.
  .refine((source) => source.published === null || source.released === undefined, { error: 'released is only for a source whose published is null' })
  .meta({
    if: { properties: { published: { type: 'string' } }, required: ['published'] },
    then: { not: { required: ['released'] } },
  })

/**
 * Schema of a `Indicator` record (see the `Indicator` type of the main entry).
 *
 * @category Schema
 * @example
 * ```ts
 * import { getIndicator } from 'cdht-data'
 * import { IndicatorSchema } from 'cdht-data/schema'
 * console.log(IndicatorSchema.safeParse(getIndicator('gdp')).success)
 * //=> true
 * ```
 */
export const IndicatorSchema = z
  .object({
    id: IdSchema,
    label: LabelSchema,
    category: z.enum(['economy', 'industry', 'innovation', 'finance', 'enterprises', 'talent', 'livelihood', 'trade', 'governance']),
    kind: z.enum(['flow', 'stock']),
    unit: UnitSchema,
    counter: LabelSchema.exactOptional(),
    definition: z.string().min(1),
  })
  .strict()

/**
 * Schema of an `Observation` record (see the `Observation` type of the main entry). Besides the
 * shape, it checks that `value` has no more decimals than `decimals` declares, that `basis`
 * is present exactly for a growth, that a percent or a rank has multiplier 0, that a count is
 * not negative (a rank 1 or more, a share 0–100), that `bound: 'top'` (within the top N) is on a
 * rank only, and that `coverage` is given exactly for the `bonded-zone` scope (with or without the
 * Shuangliu area, or `unstated`). Ids and references are any well-formed id:
 * {@link DatasetSchema} checks they resolve.
 *
 * @category Schema
 * @example
 * ```ts
 * import { getObservation } from 'cdht-data'
 * import { ObservationSchema } from 'cdht-data/schema'
 * const gdp = getObservation('gdp-2023')
 * console.log([ObservationSchema.safeParse(gdp).success, ObservationSchema.safeParse({ ...gdp, decimals: 0 }).success])
 * //=> [true, false]
 * ```
 * @example
 * ```ts
 * import { getObservation } from 'cdht-data'
 * import { ObservationSchema } from 'cdht-data/schema'
 * // A percent of 亿: the record contradicts itself
 * console.log(ObservationSchema.safeParse({ ...getObservation('gdp-growth-2023'), multiplier: 8 }).success)
 * //=> false
 * ```
 */
export const ObservationSchema = z
  .object({
    id: IdSchema,
    indicator: IdSchema,
    measure: MeasureSchema,
    basis: GrowthBasisSchema.exactOptional(),
    scope: IdSchema,
    period: PeriodSchema,
    ...valueFields,
    bound: BoundSchema,
    rankAmong: LabelSchema.exactOptional(),
    status: z.literal('actual'),
    ...provenance,
    passageOrigin: PassageOriginSchema.exactOptional(),
    publishedAs: z.string().min(1).exactOptional(),
    coverage: CoverageSchema.exactOptional(),
    supersedes: IdSchema.exactOptional(),
    note: z.string().min(1).exactOptional(),
  })
  .strict()
  .refine(decimalsMatch, decimalsMessage)
  .refine(basisOnlyForGrowth, basisMessage)
  .refine(valueInRange, rangeMessage)
  .refine(countIsWhole, wholeCountMessage)
  .refine(multiplierMatch, multiplierMessage)
  .refine(boundFitsMeasure, boundMessage)
  .refine(coverageFitsScope, coverageMessage)
  .meta(observationConditions)

/**
 * Schema of a `Target` record (see the `Target` type of the main entry).
 *
 * @category Schema
 * @example
 * ```ts
 * import { getTarget } from 'cdht-data'
 * import { TargetSchema } from 'cdht-data/schema'
 * console.log(TargetSchema.safeParse(getTarget('bio-industry-scale-bio-town-2024')).success)
 * //=> true
 * ```
 */
export const TargetSchema = z
  .object({
    id: IdSchema,
    label: LabelSchema,
    indicator: IdSchema,
    measure: MeasureSchema,
    basis: GrowthBasisSchema.exactOptional(),
    scope: IdSchema,
    period: PeriodSchema,
    deadline: IsoDateSchema,
    deadlineStated: z.boolean(),
    comparator: z.enum(['gt', 'gte', 'eq']),
    ...valueFields,
    status: z.enum(['target', 'plan']),
    ...provenance,
    passageOrigin: PassageOriginSchema.exactOptional(),
    note: z.string().min(1).exactOptional(),
  })
  .strict()
  .refine(decimalsMatch, decimalsMessage)
  .refine(basisOnlyForGrowth, basisMessage)
  .refine(valueInRange, rangeMessage)
  .refine(countIsWhole, wholeCountMessage)
  .refine(multiplierMatch, multiplierMessage)
  .meta(figureConditions)

/**
 * Schema of a `SeriesBreak` record (see the `SeriesBreak` type of the main entry): a dated
 * break has `from`, a `coverage` break has `from: null`.
 *
 * @category Schema
 * @example
 * ```ts
 * import { SeriesBreakSchema } from 'cdht-data/schema'
 * console.log(SeriesBreakSchema.safeParse({ kind: 'area' }).success)
 * //=> false
 * ```
 */
export const SeriesBreakSchema = z
  .object({
    id: IdSchema,
    kind: z.enum(BREAK_KINDS),
    indicator: IdSchema,
    scope: IdSchema,
    from: z.iso.date().nullable(),
    label: LabelSchema,
    evidence: z.array(IdSchema).min(1),
    documentedIn: z.object({ file: z.string().min(1), passage: z.string().min(2) }).strict(),
    note: z.string().min(1).exactOptional(),
  })
  .strict()
  .refine((record) => (record.kind === 'coverage') === (record.from === null), {
    error: 'from is null exactly for a coverage break',
  })
  .meta({
    if: { properties: { kind: { const: 'coverage' } }, required: ['kind'] },
    then: { properties: { from: { type: 'null' } } },
    else: { properties: { from: { type: 'string' } } },
  })
