import type { GrowthWarning } from '../growth/types.js'
import type { Observation } from '../types.js'
import { sameFields } from './levelPair.js'

/**
 * Checks that `growth` is a reported growth of the same indicator, scope and period as `level`,
 * and returns the caveats of using the two together: a real (constant-price) growth does not
 * relate yuan levels the way their ratio does.
 */
export function reportedGrowthWarnings(level: Observation, growth: Observation, growthName: string): GrowthWarning[] {
  sameFields(growth, growthName, { measure: 'growth', indicator: level.indicator, scope: level.scope, period: level.period })
  const basis = growth.basis ?? 'unspecified'
  if (level.unit !== 'CNY' || basis === 'nominal') return []
  // At its published decimals: a reported 6.0% is 6.0%, not 6%.
  const reported = `the reported ${growth.value.toFixed(growth.decimals)}% is`
  // Frozen: the warnings are handed back to callers inside results.
  return basis === 'real'
    ? [Object.freeze({ code: 'REAL_VS_NOMINAL', message: `${reported} real (constant prices); rates between yuan levels are nominal` })]
    : [Object.freeze({ code: 'BASIS_UNSPECIFIED', message: `${reported} of unstated basis: it may be real` })]
}
