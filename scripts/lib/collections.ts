/** The data collections: file in data/, the id type generated for it, and the record type. */
export const collections = [
  { name: 'sources', idType: 'SourceId', recordType: 'Source' },
  { name: 'indicators', idType: 'IndicatorId', recordType: 'Indicator' },
  { name: 'observations', idType: 'ObservationId', recordType: 'Observation' },
  { name: 'targets', idType: 'TargetId', recordType: 'Target' },
  { name: 'zones', idType: 'ZoneId', recordType: 'Zone' },
  { name: 'industries', idType: 'IndustryId', recordType: 'Industry' },
  { name: 'chains', idType: 'ChainId', recordType: 'Chain' },
  { name: 'parks', idType: 'ParkId', recordType: 'Park' },
  { name: 'projects', idType: 'ProjectId', recordType: 'Project' },
  { name: 'plan', idType: 'PlanItemId', recordType: 'PlanItem' },
  { name: 'facts', idType: 'FactId', recordType: 'Fact' },
  { name: 'breaks', idType: 'BreakId', recordType: 'SeriesBreak' },
] as const

export type CollectionName = (typeof collections)[number]['name']
