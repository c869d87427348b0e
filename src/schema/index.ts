export {
  ChainSchema,
  FactSchema,
  IndicatorSchema,
  IndustrySchema,
  ObservationSchema,
  ParkSchema,
  PlanItemSchema,
  ProjectSchema,
  SourceSchema,
  TargetSchema,
  ZoneSchema,
} from './records.js'
export {
  BoundSchema,
  GrowthBasisSchema,
  LabelSchema,
  MeasureSchema,
  MultiplierSchema,
  PeriodSchema,
  UnitSchema,
} from './fields.js'
export { collectionSchemas } from './collectionSchemas.js'
export type { CollectionName } from './collectionSchemas.js'
export { ErratumSchema, errataSchema } from './errata.js'
