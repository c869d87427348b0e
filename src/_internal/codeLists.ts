import type { Bound, BreakKind, Coverage, GrowthBasis, Measure, Unit } from '../types.js'

// The code lists of a record's coded fields (SDMX's term), written once: the zod schemas build
// their enums from them and the hand-written record checks test against them, so the two cannot
// come to disagree. `satisfies` ties each to its type; the type tests tie the schemas to the types.

/** Every unit of measure. */
export const UNITS = ['CNY', 'USD', 'percent', 'count', 'rank'] as const satisfies readonly Unit[]
/** Every measure. */
export const MEASURES = ['level', 'growth', 'share', 'rank'] as const satisfies readonly Measure[]
/** Every price basis of a growth. */
export const BASES = ['real', 'nominal', 'unspecified'] as const satisfies readonly GrowthBasis[]
/** Every bound of a value. */
export const BOUNDS = ['exact', 'lower', 'top'] as const satisfies readonly Bound[]
/** Every coverage of a bonded-zone figure. */
export const COVERAGES = ['with-shuangliu', 'without-shuangliu', 'unstated'] as const satisfies readonly Coverage[]
/** Every kind of break in series. */
export const BREAK_KINDS = ['measure-renamed', 'area', 'coverage', 'currency'] as const satisfies readonly BreakKind[]
