import { describe, expect, it } from 'vitest'
import { asOf } from '../../src/query/asOf.js'
import { getObservation } from '../../src/query/getObservation.js'
import { getTarget } from '../../src/query/getTarget.js'
import { growthSeries } from '../../src/growth/growthSeries.js'
import { assessTarget } from '../../src/targets/assessTarget.js'
import { targetGap } from '../../src/targets/targetGap.js'

// Every object reachable from `value` that is not frozen, by path.
function unfrozen(value: unknown, path = 'result'): string[] {
  if (value === null || typeof value !== 'object') return []
  return [...(Object.isFrozen(value) ? [] : [path]), ...Object.entries(value).flatMap(([key, member]) => unfrozen(member, `${path}.${key}`))]
}

// A caller's own records, unfrozen copies of the package's (what `{ ...record }` gives).
const callerTarget = () => structuredClone(getTarget('gdp-target-2021'))
const callerObservation = () => structuredClone(getObservation('gdp-2021'))

describe('results that hand back records are frozen all the way down', () => {
  it('targetGap: a caller\'s target and actual come back as frozen copies, and the caller\'s objects stay unfrozen', () => {
    const [target, observation] = [callerTarget(), callerObservation()]
    const gap = targetGap(target, observation)
    expect(unfrozen(gap)).toEqual([])
    expect([gap.target, gap.observation]).toEqual([target, observation])
    expect([gap.target === target, gap.observation === observation]).toEqual([false, false])
    expect([Object.isFrozen(target), Object.isFrozen(observation), Object.isFrozen(target.label)]).toEqual([false, false, false])
  })

  it('refuses a caller\'s record that is not plain data, naming it, rather than hand back half a copy', () => {
    const junk = [() => 1, new Date(0), Int8Array.from([1]), new Map(), Symbol('s'), 1n]
    for (const value of junk) {
      expect(() => targetGap({ ...callerTarget(), extra: value } as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', input: 'target.extra' }))
    }
    const cyclic: Record<string, unknown> = callerObservation() as never
    cyclic.self = cyclic
    expect(() => targetGap('gdp-target-2021', cyclic as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', input: 'actual.self' }))
    // In a view too: assessTarget walked a cyclic record into a stack overflow.
    const view = asOf('2022-12-31')
    const inView: Record<string, unknown> = { ...callerObservation(), id: 'c' }
    inView.self = inView
    expect(() => assessTarget('gdp-target-2021', { on: '2022-12-31', dataset: { ...view, observations: [...view.observations, inView as never] } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', input: `options.dataset.observations[${view.observations.length}].self` }),
    )
  })

  it('targetGap and assessTarget hand the package\'s own records back as they are', () => {
    expect(targetGap('gdp-target-2021').target).toBe(getTarget('gdp-target-2021'))
    expect(assessTarget('gdp-target-2021', { on: '2022-06-30' }).evidence).toBe(getObservation('gdp-2021'))
  })

  it('assessTarget: evidence from a caller\'s view and a caller\'s target are frozen copies', () => {
    const view = asOf('2022-06-30')
    const dataset = { ...view, observations: view.observations.map((o) => (o.id === 'gdp-2021' ? callerObservation() : o)) }
    const assessment = assessTarget(callerTarget(), { on: '2022-06-30', dataset })
    expect(assessment.evidence?.id).toBe('gdp-2021')
    expect(unfrozen(assessment)).toEqual([])
  })

  it('growthSeries: records of a caller\'s view come back as frozen copies', () => {
    const view = asOf('2024-06-30')
    const dataset = { ...view, observations: view.observations.map((o) => (o.indicator === 'gdp' ? structuredClone(o) : o)) }
    const series = growthSeries('gdp', { dataset })
    expect(series.length).toBeGreaterThan(3)
    expect(unfrozen(series)).toEqual([])
  })
})
