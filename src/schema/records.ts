import * as z from 'zod'
import {
  breakIds,
  chainIds,
  factIds,
  indicatorIds,
  industryIds,
  observationIds,
  parkIds,
  planItemIds,
  projectIds,
  sourceIds,
  targetIds,
  zoneIds,
} from '../data/ids.js'
import {
  BoundSchema,
  CoverageSchema,
  GrowthBasisSchema,
  PassageOriginSchema,
  IsoDateSchema,
  LabelSchema,
  MeasureSchema,
  MultiplierSchema,
  PassageSchema,
  PeriodSchema,
  SourceRefSchema,
  UnitSchema,
  DecimalsSchema,
  decimalsMatch,
  valueFields,
} from './fields.js'

const provenance = { source: SourceRefSchema, passage: PassageSchema }
const decimalsMessage = { error: 'value has more decimals than declared in decimals' }
const basisOnlyForGrowth = (record: { measure: string; basis?: unknown }): boolean =>
  (record.measure === 'growth') === (record.basis !== undefined)
const basisMessage = { error: 'basis is required for a growth and forbidden otherwise' }

/**
 * Schema of a `Source` record (see the `Source` type of the main entry).
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
    id: z.enum(sourceIds),
    title: z.string().min(1).nullable(),
    publisher: LabelSchema,
    published: z
      .string()
      .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
      .nullable()
      .describe('ISO 8601 date at the precision known, or null'),
    reports: LabelSchema,
    grade: z.enum(['primary', 'press', 'reprint']),
    heldIn: z
      .object({ file: z.string().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/), fullText: z.boolean() })
      .strict(),
    note: z.string().min(1).exactOptional(),
  })
  .strict()

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
    id: z.enum(indicatorIds),
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
 * shape, it checks that `value` has no more decimals than `decimals` declares and that `basis`
 * is present exactly for a growth.
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
 */
export const ObservationSchema = z
  .object({
    id: z.enum(observationIds),
    indicator: z.enum(indicatorIds),
    measure: MeasureSchema,
    basis: GrowthBasisSchema.exactOptional(),
    scope: z.enum(zoneIds),
    period: PeriodSchema,
    ...valueFields,
    bound: BoundSchema,
    rankAmong: LabelSchema.exactOptional(),
    status: z.literal('actual'),
    ...provenance,
    passageOrigin: PassageOriginSchema.exactOptional(),
    publishedAs: z.string().min(1).exactOptional(),
    coverage: CoverageSchema.exactOptional(),
    supersedes: z.enum(observationIds).exactOptional(),
    note: z.string().min(1).exactOptional(),
  })
  .strict()
  .refine(decimalsMatch, decimalsMessage)
  .refine(basisOnlyForGrowth, basisMessage)

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
    id: z.enum(targetIds),
    label: LabelSchema,
    indicator: z.enum(indicatorIds),
    measure: MeasureSchema,
    basis: GrowthBasisSchema.exactOptional(),
    scope: z.enum(zoneIds),
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
    id: z.enum(zoneIds),
    label: LabelSchema,
    kind: z.enum(['city', 'zone', 'key-zone', 'bonded-zone', 'unresolved']),
    partOf: z.enum(zoneIds).exactOptional(),
    builtBy: z.enum(zoneIds).exactOptional(),
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
  .object({ id: z.enum(industryIds), label: LabelSchema, kind: z.enum(['leading', 'future']), ...provenance })
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
export const ChainSchema = z.object({ id: z.enum(chainIds), label: LabelSchema, ...provenance }).strict()

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
    id: z.enum(parkIds),
    label: LabelSchema,
    industry: z.enum(industryIds),
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
    id: z.enum(projectIds),
    label: LabelSchema,
    industry: z.enum(industryIds).exactOptional(),
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
    id: z.enum(planItemIds),
    year: z.number().int(),
    kind: z.enum(['area', 'breakthrough', 'theme-year', 'programme', 'principle']),
    label: LabelSchema,
    order: z.number().int().positive(),
    parent: z.enum(planItemIds).exactOptional(),
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
    id: z.enum(factIds),
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
    id: z.enum(breakIds),
    kind: z.enum(['measure-renamed', 'area', 'coverage', 'currency']),
    indicator: z.enum(indicatorIds),
    scope: z.enum(zoneIds),
    from: z.iso.date().nullable(),
    label: LabelSchema,
    evidence: z.array(z.enum(observationIds)).min(1),
    documentedIn: z.object({ file: z.string().min(1), passage: z.string().min(2) }).strict(),
    note: z.string().min(1).exactOptional(),
  })
  .strict()
  .refine((record) => (record.kind === 'coverage') === (record.from === null), {
    error: 'from is null exactly for a coverage break',
  })
