import { describe, expect, it } from 'vitest'
import { cagr } from '../src/growth/cagr.js'
import { growthRate } from '../src/growth/growthRate.js'
import { growthSeries } from '../src/growth/growthSeries.js'
import { impliedPrevious } from '../src/growth/impliedPrevious.js'
import { getObservation } from '../src/query/getObservation.js'
import { assessTarget } from '../src/targets/assessTarget.js'
import { onPace } from '../src/targets/onPace.js'
import { requiredGrowth } from '../src/targets/requiredGrowth.js'
import { targetGap } from '../src/targets/targetGap.js'

// Nothing a helper returns aliases the library's state (issue 11): mutating a result, at any
// depth, must not change what the next call returns. Results are frozen, so a mutation throws.

const calls: readonly (readonly [string, () => unknown])[] = [
  ['growthRate', () => growthRate(getObservation('gdp-2023'), getObservation('gdp-2022'))],
  ['cagr', () => cagr(getObservation('gdp-2021'), getObservation('gdp-2023'))],
  ['impliedPrevious', () => impliedPrevious(getObservation('gdp-2023'), getObservation('gdp-growth-2023'))],
  ['growthSeries', () => growthSeries('gdp')],
  ['targetGap', () => targetGap('gdp-target-2021')],
  ['requiredGrowth', () => requiredGrowth('gdp-target-2021', getObservation('gdp-2020'))],
  ['onPace', () => onPace('gdp-target-2021', getObservation('gdp-2021-01-2021-09'))],
  ['assessTarget (decided)', () => assessTarget('gdp-target-2021', { on: '2024-01-01' })],
  ['assessTarget (pending)', () => assessTarget('gdp-target-2021', { on: '2021-10-15' })],
]

/** Tries every mutation on every object reachable from `value`; returns how many did not throw. */
function mutateEverywhere(value: unknown, seen = new Set<unknown>()): number {
  if (typeof value !== 'object' || value === null || seen.has(value)) return 0
  seen.add(value)
  let succeeded = 0
  const attempts: ((target: Record<string, unknown> & unknown[]) => void)[] = [
    (target) => void (target.injected = 1),
    (target) => void Object.defineProperty(target, 'defined', { value: 1 }),
    // Only mutations that change something: reversing an empty array writes nothing, even unfrozen.
    ...(Array.isArray(value) && value.length > 1 ? [(target: unknown[]) => void target.reverse()] : []),
    ...(Array.isArray(value) && value.length > 0 ? [(target: unknown[]) => void (target.length = 0)] : []),
    ...(Array.isArray(value) ? [(target: unknown[]) => void target.push(1)] : []),
    ...Object.keys(value).map((key) => (target: Record<string, unknown>) => { remove(target, key); }),
  ]
  for (const children of Object.values(value)) succeeded += mutateEverywhere(children, seen)
  for (const attempt of attempts) {
    try {
      attempt(value as Record<string, unknown> & unknown[])
      succeeded++
    } catch {
      // A frozen object refuses: what we want.
    }
  }
  return succeeded
}

describe('nothing returned aliases library state', () => {
  it.each(calls)('%s: every object of the result is frozen, and a second call is unchanged after mutating the first', (_name, call) => {
    const first = call()
    const before = structuredClone(first)
    expect(mutateEverywhere(first)).toBe(0)
    expect(call()).toEqual(before)
  })

  it('growthSeries: reversing one result leaves the next call in time order', () => {
    const series = growthSeries('gdp') as unknown[]
    const periods = growthSeries('gdp').map((entry) => entry.period)
    expect(periods.length).toBeGreaterThan(1)
    expect(() => series.reverse()).toThrow(TypeError)
    expect(growthSeries('gdp').map((entry) => entry.period)).toEqual(periods)
  })
})

/** Deletes a property as `delete` does in strict mode: throws where it cannot. */
function remove(target: object, key: string): void {
  if (!Reflect.deleteProperty(target, key)) throw new TypeError(`cannot delete ${key}`)
}
