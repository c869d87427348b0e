import { describe, expect, it } from 'vitest'
import { getObservation } from '../../src/query/getObservation.js'
import { getTarget } from '../../src/query/getTarget.js'
import { assessTarget } from '../../src/targets/assessTarget.js'
import { targetGap } from '../../src/targets/targetGap.js'
import type { Observation } from '../../src/types.js'

// Real growth is not nominal growth; a growth whose basis is not stated may be either.
const withBasis = (id: string, basis: Observation['basis']): Observation => ({ ...structuredClone(getObservation(id as never)), basis }) as Observation

describe('a target and an actual growth on price bases that may differ', () => {
  it('an unspecified basis cannot meet a real-growth target (REPORT6 §5)', () => {
    expect(getTarget('gdp-growth-target-2021').basis).toBe('real')
    const stated = targetGap('gdp-growth-target-2021', withBasis('gdp-growth-2021', 'real'))
    const unspecified = targetGap('gdp-growth-target-2021', withBasis('gdp-growth-2021', 'unspecified'))
    expect(stated.met).toBe(true)
    expect(unspecified.met).toBeNull()
    // The gap is still the difference of the values as given.
    expect(unspecified.gap).toBe(stated.gap)
  })

  it('assessTarget says the footing is unknown and gives no verdict', () => {
    const assessed = assessTarget('gdp-growth-target-2021', { on: '2024-01-01', actual: withBasis('gdp-growth-2021', 'unspecified') })
    expect([assessed.comparability, assessed.outcome, assessed.gap?.met]).toEqual(['unknown', 'undetermined', null])
  })

  it('the reverse: a stated basis against a target that leaves its own unspecified', () => {
    const target = { ...structuredClone(getTarget('gdp-growth-target-2021')), basis: 'unspecified' as const }
    expect(targetGap(target, withBasis('gdp-growth-2021', 'real')).met).toBeNull()
    expect(targetGap(target, withBasis('gdp-growth-2021', 'unspecified')).met).toBe(true)
  })

  it('real against nominal is refused, naming the basis', () => {
    expect(() => targetGap('gdp-growth-target-2021', withBasis('gdp-growth-2021', 'nominal'))).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', input: 'actual.basis' }))
  })
})

describe('assessTarget of a caller’s target with the dataset’s actual (REPORT8 §7)', () => {
  const nominal = { ...structuredClone(getTarget('gdp-growth-target-2021')), basis: 'nominal', id: 'mine2' } as never

  it('names target.basis, not an actual the caller never gave, once the dataset’s real growth is known', () => {
    expect(() => assessTarget(nominal, { on: '2024-01-01' })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', input: 'target.basis', message: "target.basis: nominal, but the dataset's gdp-growth-2021 is real" }),
    )
  })

  it('names options.actual.basis for an actual the caller gave', () => {
    expect(() => assessTarget(nominal, { on: '2024-01-01', actual: getObservation('gdp-growth-2021') })).toThrow(expect.objectContaining({ input: 'options.actual.basis' }))
  })
})
