import * as z from 'zod'
import {
  BoundSchema,
  CoverageSchema,
  GrowthBasisSchema,
  PassageOriginSchema,
  IdSchema,
  IsoDateSchema,
  PublishedSchema,
  figureConditions,
  valueInRange,
  LabelSchema,
  MeasureSchema,
  MultiplierSchema,
  PassageSchema,
  PeriodSchema,
  SourceRefSchema,
  UnitSchema,
  DecimalsSchema,
  decimalsMatch,
  multiplierMatch,
  valueFields,
} from './fields.js'

const provenance = { source: SourceRefSchema, passage: PassageSchema }
const decimalsMessage = { error: 'value has more decimals than declared in decimals' }
const multiplierMessage = { error: 'a percent or a rank has multiplier 0' }
const basisOnlyForGrowth = (record: { measure: string; basis?: unknown }): boolean =>
  (record.measure === 'growth') === (record.basis !== undefined)
const basisMessage = { error: 'basis is required for a growth and forbidden otherwise' }
const rangeMessage = { error: 'a count is not negative, a rank is 1 or more, a share is between 0 and 100' }

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
 * is present exactly for a growth, that a percent or a rank has multiplier 0, and that a count is
 * not negative (a rank 1 or more, a share 0–100). Ids and references are any well-formed id:
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
  .refine(multiplierMatch, multiplierMessage)
  .meta(figureConditions)

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
  .refine(multiplierMatch, multiplierMessage)
  .meta(figureConditions)

/**
 * Schema of a `Zone` record (see the `Zone` type of the main entry).
 *
 * @category Schema
 * @example
 * ```ts
 * import { getZone } from 'cdht-data'
 * import { ZoneSchema } from 'cdht-data/schema'
 * console.log(ZoneSchema.safeParse(getZone('cdht')).success)
 * //=> true
 * ```
 */
export const ZoneSchema = z
  .object({
    id: IdSchema,
    label: LabelSchema,
    kind: z.enum(['city', 'zone', 'key-zone', 'bonded-zone', 'unresolved']),
    partOf: IdSchema.exactOptional(),
    builtBy: IdSchema.exactOptional(),
    focus: z
      .object({ year: z.number().int(), theme: LabelSchema, plans: z.array(LabelSchema) })
      .strict()
      .exactOptional(),
    ...provenance,
    note: z.string().min(1).exactOptional(),
  })
  .strict()

/**
 * Schema of a `Industry` record (see the `Industry` type of the main entry).
 *
 * @category Schema
 * @example
 * ```ts
 * import { getIndustry } from 'cdht-data'
 * import { IndustrySchema } from 'cdht-data/schema'
 * console.log(IndustrySchema.safeParse(getIndustry('biomedicine')).success)
 * //=> true
 * ```
 */
export const IndustrySchema = z
  .object({ id: IdSchema, label: LabelSchema, kind: z.enum(['leading', 'future']), ...provenance })
  .strict()

/**
 * Schema of a `Chain` record (see the `Chain` type of the main entry).
 *
 * @category Schema
 * @example
 * ```ts
 * import { getChain } from 'cdht-data'
 * import { ChainSchema } from 'cdht-data/schema'
 * console.log(ChainSchema.safeParse(getChain('integrated-circuits')).success)
 * //=> true
 * ```
 */
export const ChainSchema = z.object({ id: IdSchema, label: LabelSchema, ...provenance }).strict()

/**
 * Schema of a `Park` record (see the `Park` type of the main entry).
 *
 * @category Schema
 * @example
 * ```ts
 * import { getPark } from 'cdht-data'
 * import { ParkSchema } from 'cdht-data/schema'
 * console.log(ParkSchema.safeParse(getPark('microwave-rf-park')).success)
 * //=> true
 * ```
 */
export const ParkSchema = z
  .object({
    id: IdSchema,
    label: LabelSchema,
    industry: IdSchema,
    layout: LabelSchema,
    status: LabelSchema,
    ...provenance,
  })
  .strict()

/**
 * Schema of a `Project` record (see the `Project` type of the main entry).
 *
 * @category Schema
 * @example
 * ```ts
 * import { getProject } from 'cdht-data'
 * import { ProjectSchema } from 'cdht-data/schema'
 * console.log(ProjectSchema.safeParse(getProject('amoled-line')).success)
 * //=> true
 * ```
 */
export const ProjectSchema = z
  .object({
    id: IdSchema,
    label: LabelSchema,
    industry: IdSchema.exactOptional(),
    investment: z
      .object({
        value: z.number().positive(),
        decimals: DecimalsSchema,
        unit: z.literal('CNY'),
        multiplier: MultiplierSchema,
        bound: BoundSchema,
      })
      .strict()
      .refine(decimalsMatch, decimalsMessage)
      .exactOptional(),
    year: z.number().int(),
    status: LabelSchema,
    firsts: z.array(LabelSchema),
    ...provenance,
  })
  .strict()

/**
 * Schema of a `PlanItem` record (see the `PlanItem` type of the main entry).
 *
 * @category Schema
 * @example
 * ```ts
 * import { getPlanItem } from 'cdht-data'
 * import { PlanItemSchema } from 'cdht-data/schema'
 * console.log(PlanItemSchema.safeParse(getPlanItem('principle-carry-the-load-2024')).success)
 * //=> true
 * ```
 */
export const PlanItemSchema = z
  .object({
    id: IdSchema,
    year: z.number().int(),
    kind: z.enum(['area', 'breakthrough', 'theme-year', 'programme', 'principle']),
    label: LabelSchema,
    order: z.number().int().positive(),
    parent: IdSchema.exactOptional(),
    detail: LabelSchema.exactOptional(),
    ...provenance,
  })
  .strict()

/**
 * Schema of a `Fact` record (see the `Fact` type of the main entry).
 *
 * @category Schema
 * @example
 * ```ts
 * import { getFact } from 'cdht-data'
 * import { FactSchema } from 'cdht-data/schema'
 * console.log(FactSchema.safeParse(getFact('tongwei-world-500')).success)
 * //=> true
 * ```
 */
export const FactSchema = z
  .object({
    id: IdSchema,
    kind: z.enum(['enterprise', 'ranking', 'institution', 'milestone']),
    year: z.number().int(),
    label: LabelSchema,
    detail: LabelSchema.exactOptional(),
    ...provenance,
  })
  .strict()

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
    kind: z.enum(['measure-renamed', 'area', 'coverage', 'currency']),
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
