import { describe, expect, it } from 'vitest'
import { codeAndInput } from '../_codeAndInput.js'
import { asOf } from '../../src/query/asOf.js'
import { findObservation } from '../../src/query/findObservation.js'
import { getObservation } from '../../src/query/getObservation.js'
import { getTarget } from '../../src/query/getTarget.js'
import { latestObservation } from '../../src/query/latestObservation.js'
import { observationSeries } from '../../src/query/observationSeries.js'
import { targetsByZone } from '../../src/query/targetsByZone.js'
import { assessTarget } from '../../src/targets/assessTarget.js'
import { targetGap } from '../../src/targets/targetGap.js'

// REPORT10 §1: a getter survives Object.freeze, so a frozen record with one can still change.
// Frozen all the way down, it passed as a record that cannot change, and came back as it was.

/** A deep-frozen copy of `record` whose `key` answers `first` at the first read and `later` after. */
function changing<Value extends object>(record: Value, key: string, first: unknown, later: unknown): Value {
  const copy = structuredClone(record) as Record<string, unknown>
  let reads = 0
  // defineProperty over the data property: configurable, it becomes a getter in its place.
  Object.defineProperty(copy, key, { get: () => (++reads > 1 ? later : first), enumerable: true, configurable: true })
  const freeze = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return
    for (const descriptor of Object.values(Object.getOwnPropertyDescriptors(value))) if ('value' in descriptor) freeze(descriptor.value)
    Object.freeze(value)
  }
  freeze(copy)
  return copy as Value
}

const view = asOf('2024-06-01')
const withRecord = (id: string, record: object) =>
  Object.freeze({ ...view, observations: Object.freeze(view.observations.map((o) => (o.id === id ? record : o))) }) as typeof view

describe('a frozen record with a getter is not a record that cannot change', () => {
  it('lookups on a frozen view hand back a copy with the value checked, never the caller\'s object', () => {
    const record = changing(getObservation('gdp-2023'), 'value', 3201.2, Number.NaN)
    const dataset = withRecord('gdp-2023', record)
    const found = findObservation('gdp', '2023', { dataset })
    expect(found).not.toBe(record)
    expect(found?.value).toBe(3201.2)
    expect(Object.getOwnPropertyDescriptor(found, 'value')?.value).toBe(3201.2)
    // Changeable, the view is checked again on the next call, where the getter now says NaN.
    for (const lookup of [() => observationSeries('gdp', { dataset }), () => latestObservation('gdp', { dataset })]) {
      const [code, input] = codeAndInput(lookup) ?? []
      expect([code, input?.replace(/\d+/, 'i')]).toEqual(['NOT_FINITE', 'options.dataset.observations[i].value'])
    }
  })

  it('an assessment judges the figure it checked (2800.6, met), not what the getter says later', () => {
    const dataset = withRecord('gdp-2021', changing(getObservation('gdp-2021'), 'value', 2800.6, 100))
    const assessment = assessTarget('gdp-target-2021', { on: '2024-06-01', dataset })
    expect([assessment.outcome, assessment.gap?.actual]).toEqual(['met', 2800.6])
  })

  it('a caller\'s actual with a getter comes back as the copy that was checked', () => {
    const actual = changing(getObservation('gdp-2021'), 'value', 2800.6, Number.NaN)
    const gap = targetGap('gdp-target-2021', actual)
    expect(gap.observation).not.toBe(actual)
    expect(gap.observation?.value).toBe(2800.6)
  })

  it('a frozen targets list with a getter record hands back a copy', () => {
    const target = changing(getTarget('gdp-target-2021'), 'value', 2600, Number.NaN)
    const dataset = Object.freeze({ ...view, targets: Object.freeze(view.targets.map((t) => (t.id === 'gdp-target-2021' ? target : t))) }) as typeof view
    const found = targetsByZone('cdht', { dataset }).find((t) => t.id === 'gdp-target-2021')
    expect(found).not.toBe(target)
    expect(found?.value).toBe(2600)
  })

  it('a frozen list whose slot is a getter is read as changeable', () => {
    const list = [...view.observations]
    const index = list.findIndex((o) => o.id === 'gdp-2023')
    const record = list[index]
    Object.defineProperty(list, index, { get: () => record, enumerable: true })
    const dataset = Object.freeze({ ...view, observations: Object.freeze(list) }) as typeof view
    expect(findObservation('gdp', '2023', { dataset })?.value).toBe(3201.2)
  })
})
