import type { Indicator, Observation, SeriesBreak, Source, Target } from '../types.js'
import type { Chain, Fact, Industry, Park, PlanItem, Project, Zone } from '../zoneTypes.js'

/**
 * The dataset as it was known on a day, from {@link asOf}: every collection under the main
 * entry's names, each holding only what sources published by then support. Pass it as
 * `options.dataset` to the queries ({@link findObservation}, {@link observationSeries},
 * {@link targetsByZone}…) to ask them about that day. Frozen; build your own only from the
 * dataset's records, unchanged. A view of your own is checked on every call, like records of your
 * own: its observations and targets, and (where {@link growthSeries} and {@link assessTarget} read
 * them) its breaks in series, each refused naming its first bad field
 * (`options.dataset.breaks[0].indicator`); results hold frozen copies of them, not your objects.
 * @category Queries
 */
export interface DatasetView {
  /**
   * The publication day of the newest source the view includes, `YYYY-MM-DD` (before the first
   * publication, the day before it): the view holds for every day from then to the next
   * publication. `null` for the whole dataset, every source included.
   */
  readonly asOf: string | null
  /** The sources published (or, undated, whose figures were released) on or before the day; never one with neither date. */
  readonly sources: readonly Source[]
  /** The indicators a visible observation or target uses. */
  readonly indicators: readonly Indicator[]
  /** Every vintage of every observation those sources state. */
  readonly observations: readonly Observation[]
  /** The targets those sources state. */
  readonly targets: readonly Target[]
  /**
   * The zones those sources state, and the zones a visible record is scoped to, kept with only
   * what that record's source states (no later `focus`, `partOf` or note).
   */
  readonly zones: readonly Zone[]
  /** The industries those sources name. */
  readonly industries: readonly Industry[]
  /** The chains those sources name. */
  readonly chains: readonly Chain[]
  /** The parks those sources describe, whose industry is visible. */
  readonly parks: readonly Park[]
  /** The projects those sources name, whose industry (if any) is visible. */
  readonly projects: readonly Project[]
  /** The plan items those sources state, whose parent item is visible. */
  readonly plan: readonly PlanItem[]
  /** The facts those sources state. */
  readonly facts: readonly Fact[]
  /**
   * The breaks in series that lie between two of the visible observations (crossing rule). In a
   * view of your own, each needs a string `id`, a break `kind`, an `indicator` and a `scope` the
   * dataset has, and `from` a day (`null` exactly for a `coverage` break).
   */
  readonly breaks: readonly SeriesBreak[]
}
