/**
 * zod schemas of every record type and of each data file (`data/<name>.json`), for checking data
 * you load or build yourself. Only this entry imports zod: install it (4.x) beside the package.
 *
 * @module cdht-data/schema
 */
export {
  IndicatorSchema,
  ObservationSchema,
  SeriesBreakSchema,
  SourceSchema,
  TargetSchema,
} from './records.js'
export {
  ChainSchema,
  FactSchema,
  IndustrySchema,
  ParkSchema,
  PlanItemSchema,
  ProjectSchema,
  ZoneSchema,
} from './zoneRecords.js'
export {
  BoundSchema,
  CoverageSchema,
  GrowthBasisSchema,
  IdSchema,
  LabelSchema,
  MeasureSchema,
  MultiplierSchema,
  PeriodSchema,
  UnitSchema,
} from './fields.js'
export { collectionSchemas } from './collectionSchemas.js'
export { DatasetSchema } from './datasetSchema.js'
export type { CollectionName } from './collectionSchemas.js'
export { ErratumSchema, errataSchema } from './errata.js'
