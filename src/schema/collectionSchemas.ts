import * as z from 'zod'
import {
  IndicatorSchema,
  ObservationSchema,
  SeriesBreakSchema,
  SourceSchema,
  TargetSchema,
} from './records.js'
import {
  ChainSchema,
  FactSchema,
  IndustrySchema,
  ParkSchema,
  PlanItemSchema,
  ProjectSchema,
  ZoneSchema,
} from './zoneRecords.js'

/**
 * The schema of each data file, by collection name: `data/<name>.json` is an array of records.
 *
 * @category Schema
 * @example
 * ```ts
 * import { collectionSchemas } from 'cdht-data/schema'
 * const result = collectionSchemas.indicators.safeParse([{ id: 'gdp' }])
 * console.log(result.success)
 * //=> false
 * ```
 */
export const collectionSchemas = {
  sources: z.array(SourceSchema),
  indicators: z.array(IndicatorSchema),
  observations: z.array(ObservationSchema),
  targets: z.array(TargetSchema),
  zones: z.array(ZoneSchema),
  industries: z.array(IndustrySchema),
  chains: z.array(ChainSchema),
  parks: z.array(ParkSchema),
  projects: z.array(ProjectSchema),
  plan: z.array(PlanItemSchema),
  facts: z.array(FactSchema),
  breaks: z.array(SeriesBreakSchema),
} as const

/**
 * A collection of the dataset, named as its file in `data/`.
 * @category Schema
 */
export type CollectionName = keyof typeof collectionSchemas
