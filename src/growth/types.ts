import type { GrowthBasis, Multiplier, Unit } from '../types.js'

/**
 * How exact a computed figure is: `exact`; `lower` when the true figure is at least the one given,
 * `upper` when it is at most. A rate is `lower` when the later level is a lower bound (超…) and
 * `upper` when the earlier one is.
 * @category Growth
 */
export type ComputedBound = 'exact' | 'lower' | 'upper'

/**
 * Something a reader of a computed figure must know. `REAL_VS_NOMINAL`: a reported growth is in
 * constant prices while the levels are in current prices, so the two rates measure different
 * things; `BASIS_UNSPECIFIED`: the source does not say which prices its growth is in.
 * @category Growth
 */
export interface GrowthWarning {
  /** Machine-readable kind of the warning. */
  readonly code: 'REAL_VS_NOMINAL' | 'BASIS_UNSPECIFIED'
  /** One sentence in English, with the figures. */
  readonly message: string
}

/**
 * Whether two figures are on one footing: `comparable` (one series); `break` (a break in series
 * lies between them, see `breaks`); `unknown` (neither states its coverage, the bonded zone with
 * or without the Shuangliu area, so they may or may not be one series: no rate, no verdict).
 * @category Growth
 */
export type Comparability = 'comparable' | 'break' | 'unknown'

/**
 * A growth rate computed from two level observations, with what is known about its exactness.
 * @category Growth
 */
export interface GrowthResult {
  /** The rate in percent: 6.15 for +6.15 %. A plain float, not rounded. */
  readonly percent: number
  /** Whether `percent` is exact or a bound (a lower-bound level makes the rate a bound). */
  readonly bound: ComputedBound
  /**
   * Price basis of the computed rate: levels in yuan are in current prices, so a rate between
   * them is `nominal`; for counts and other units prices do not enter and it is `unspecified`.
   */
  readonly basis: GrowthBasis
}

/**
 * The earlier level a reported growth implies, from {@link impliedPrevious} with observations.
 * @category Growth
 */
export interface ImpliedPrevious {
  /** The implied earlier level, in `unit` × 10^`multiplier` (those of the current level). Not rounded. */
  readonly value: number
  /** Unit of `value`. */
  readonly unit: Unit
  /** Power of ten of `value`'s unit. */
  readonly multiplier: Multiplier
  /**
   * `lower` when the current level is a lower bound (the true earlier level is at least `value`),
   * `upper` when the growth is (超10 %: a faster growth means a smaller base).
   */
  readonly bound: ComputedBound
  /** Price basis of the growth used: with `real`, `value` is not the published nominal level. */
  readonly basis: GrowthBasis
  /** Caveats, empty when there are none. */
  readonly warnings: readonly GrowthWarning[]
}
