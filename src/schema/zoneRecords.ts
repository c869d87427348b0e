// The schemas of the zone's own records (areas, industries, key chains, parks) and of its
// projects, plan items and facts; records.ts holds those of the figures and their sources.
import * as z from 'zod'
import { BoundSchema, DecimalsSchema, IdSchema, LabelSchema, MultiplierSchema, decimalsMatch, decimalsMessage, provenance } from './fields.js'

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
        // A top-N bound is for a rank; an investment is an amount.
        bound: BoundSchema.exclude(['top']),
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
