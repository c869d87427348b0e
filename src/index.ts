/**
 * The data and helpers of cdht-data: every collection as a typed, deep-frozen constant, lookups,
 * growth, target, unit and formatting helpers, and the dataset's release metadata.
 * @module cdht-data
 */
export {
  breaks,
  chains,
  facts,
  indicators,
  industries,
  observations,
  parks,
  plan,
  projects,
  sources,
  targets,
  zones,
} from './data/collections.js'
export {
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
} from './data/ids.js'
export type {
  BreakId,
  ChainId,
  FactId,
  IndicatorId,
  IndustryId,
  ObservationId,
  ParkId,
  PlanItemId,
  ProjectId,
  SourceId,
  TargetId,
  ZoneId,
} from './data/ids.js'
export { CdhtDataError, isCdhtDataError } from './errors.js'
export type { CdhtDataErrorCode } from './errors.js'
export { getIndicator } from './query/getIndicator.js'
export { getChain } from './query/getChain.js'
export { getFact } from './query/getFact.js'
export { getIndustry } from './query/getIndustry.js'
export { getObservation } from './query/getObservation.js'
export { getPark } from './query/getPark.js'
export { getPlanItem } from './query/getPlanItem.js'
export { getProject } from './query/getProject.js'
export { getSource } from './query/getSource.js'
export { getTarget } from './query/getTarget.js'
export { getZone } from './query/getZone.js'
export { findObservation } from './query/findObservation.js'
export type { ObservationQueryOptions } from './query/findObservation.js'
export { observationVintages } from './query/observationVintages.js'
export { observationSeries } from './query/observationSeries.js'
export { latestObservation } from './query/latestObservation.js'
export { targetsByZone } from './query/targetsByZone.js'
export type { TargetsByZoneOptions } from './query/targetsByZone.js'
export { asOf } from './query/asOf.js'
export type { DatasetView, DateInput } from './query/asOf.js'
export { periodBounds } from './time/periodBounds.js'
export type { PeriodBounds } from './time/periodBounds.js'
export { growthRate } from './growth/growthRate.js'
export { cagr } from './growth/cagr.js'
export { impliedPrevious } from './growth/impliedPrevious.js'
export { growthSeries } from './growth/growthSeries.js'
export type { GrowthSeriesBreak, GrowthSeriesEntry, GrowthSeriesOptions, GrowthSeriesPair, GrowthSeriesRate, GrowthSeriesUnknown } from './growth/growthSeries.js'
export type { Comparability, ComputedBound, GrowthResult, GrowthWarning, ImpliedPrevious } from './growth/types.js'
export { targetGap } from './targets/targetGap.js'
export type { TargetGap } from './targets/targetGap.js'
export { requiredGrowth } from './targets/requiredGrowth.js'
export type { RequiredGrowth, RequiredGrowthOptions } from './targets/requiredGrowth.js'
export { assessTarget } from './targets/assessTarget.js'
export type { AssessTargetOptions, TargetAssessment, TargetOutcome } from './targets/assessTarget.js'
export { daysLeft } from './targets/daysLeft.js'
export { periodElapsed } from './targets/periodElapsed.js'
export { onPace } from './targets/onPace.js'
export type { Pace } from './targets/onPace.js'
export { rescale } from './units/rescale.js'
export type { ScaledValue } from './units/rescale.js'
export { toUnits } from './units/toUnits.js'
export { percentToFraction } from './units/percentToFraction.js'
export { fractionToPercent } from './units/fractionToPercent.js'
export { format } from './units/format.js'
export type { FormatOptions, FormattableValue } from './units/format.js'
export type {
  Bound,
  BreakKind,
  Category,
  Coverage,
  GrowthBasis,
  Indicator,
  Label,
  Measure,
  Multiplier,
  Observation,
  PassageOrigin,
  SeriesBreak,
  Source,
  SourceGrade,
  SourceRelease,
  Target,
  Unit,
} from './types.js'
export type { Chain, Fact, Industry, Park, PlanItem, Project, Zone } from './zoneTypes.js'
export { meta } from './release/meta.js'
export { errata } from './release/errata.js'
export type { CollectionName, DatasetMeta, Erratum, JsonValue } from './release/types.js'
