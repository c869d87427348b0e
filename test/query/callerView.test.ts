import { describe, expect, it } from 'vitest'
import { codeAndInput } from '../_codeAndInput.js'
import { asOf } from '../../src/query/asOf.js'
import type { DatasetView } from '../../src/query/datasetView.js'
import { findObservation } from '../../src/query/findObservation.js'
import { getObservation } from '../../src/query/getObservation.js'
import { latestObservation } from '../../src/query/latestObservation.js'
import { observationSeries } from '../../src/query/observationSeries.js'
import { observationVintages } from '../../src/query/observationVintages.js'
import { targetsByZone } from '../../src/query/targetsByZone.js'


// Every object reachable from `value` that is not frozen, by path.
function unfrozen(value: unknown, path = 'result'): string[] {
  if (value === null || typeof value !== 'object') return []
  return [...(Object.isFrozen(value) ? [] : [path]), ...Object.entries(value).flatMap(([key, member]) => unfrozen(member, `${path}.${key}`))]
}

const view = asOf('2024-06-01')

// REPORT9 §3: a caller's record in a view of its own, changed in place after a first lookup.
function callerView(): { mine: Record<string, unknown>; index: number; dataset: DatasetView } {
  const mine = structuredClone(getObservation('gdp-2023')) as unknown as Record<string, unknown>
  const index = view.observations.findIndex((observation) => observation.id === 'gdp-2023')
  const observations = view.observations.map((observation) => (observation.id === 'gdp-2023' ? mine : observation))
  return { mine, index, dataset: { ...view, observations } as unknown as DatasetView }
}

describe('a caller\u2019s view whose records can change', () => {
  it('is checked on every call: a record changed in place after a lookup is refused, naming it', () => {
    const { mine, index, dataset } = callerView()
    expect(findObservation('gdp', '2023', { dataset })?.value).toBe(3201.2)
    mine.value = Number.NaN
    mine.unit = 'EUR'
    const named = ['NOT_FINITE', `options.dataset.observations[${index}].value`]
    expect(codeAndInput(() => findObservation('gdp', '2023', { dataset }))).toEqual(named)
    expect(codeAndInput(() => findObservation('gdp', '2023', { dataset: { ...view, observations: dataset.observations } }))).toEqual(named)
    expect(codeAndInput(() => latestObservation('gdp', { dataset }))).toEqual(named)
    expect(codeAndInput(() => observationSeries('gdp', { dataset }))).toEqual(named)
    expect(codeAndInput(() => observationVintages('gdp', '2023', { dataset }))).toEqual(named)
  })

  it('in a frozen list is checked again too: its records are not frozen', () => {
    const { mine, index, dataset } = callerView()
    const frozenList = { ...dataset, observations: Object.freeze([...dataset.observations]) }
    expect(observationSeries('gdp', { dataset: frozenList }).at(-1)?.value).toBe(3201.2)
    mine.unit = 'EUR'
    expect(codeAndInput(() => observationSeries('gdp', { dataset: frozenList }))).toEqual(['INVALID_ARGUMENT', `options.dataset.observations[${index}].unit`])
  })

  it('in an unfrozen list is checked again: a record added later is checked too', () => {
    const observations: unknown[] = [...view.observations]
    const dataset = { ...view, observations } as unknown as DatasetView
    expect(findObservation('gdp', '2023', { dataset })?.id).toBe('gdp-2023')
    observations.push({ ...getObservation('gdp-2022'), id: 'gdp-2022-again', value: Number.NaN })
    expect(codeAndInput(() => findObservation('gdp', '2023', { dataset }))).toEqual(['NOT_FINITE', `options.dataset.observations[${observations.length - 1}].value`])
  })

  it('names a record that is not an object, where the whole view was named before', () => {
    const dataset = { ...view, observations: [...view.observations, null] } as unknown as DatasetView
    expect(codeAndInput(() => findObservation('gdp', '2023', { dataset }))).toEqual(['INVALID_ARGUMENT', `options.dataset.observations[${view.observations.length}]`])
    expect(codeAndInput(() => targetsByZone('cdht', { dataset: { ...view, targets: [1] } as unknown as DatasetView }))).toEqual(['INVALID_ARGUMENT', 'options.dataset.targets[0]'])
  })

  it('a record changed in place before any lookup answers with the change, as checked', () => {
    const { mine, dataset } = callerView()
    mine.value = 3300
    expect(findObservation('gdp', '2023', { dataset })?.value).toBe(3300)
    mine.value = 3400
    expect(findObservation('gdp', '2023', { dataset })?.value).toBe(3400)
  })
})

describe('results from a caller\u2019s view are deep-frozen copies, not the caller\u2019s objects', () => {
  const lookups: readonly { name: string; call: (dataset: DatasetView) => unknown }[] = [
    { name: 'findObservation', call: (dataset) => findObservation('gdp', '2023', { dataset }) },
    { name: 'latestObservation', call: (dataset) => latestObservation('gdp', { dataset }) },
    { name: 'observationSeries', call: (dataset) => observationSeries('gdp', { dataset }).find((o) => o.id === 'gdp-2023') },
    { name: 'observationVintages', call: (dataset) => observationVintages('gdp', '2023', { dataset }).at(-1) },
  ]
  it.each(lookups)('$name', ({ call }) => {
    const { mine, dataset } = callerView()
    const found = call(dataset)
    expect(found).toEqual(mine)
    expect(found).not.toBe(mine)
    expect(unfrozen(found)).toEqual([])
    // The caller's object is left as it was: not frozen under them.
    expect(Object.isFrozen(mine)).toBe(false)
  })

  it('observationSeries: the list and every record in it are frozen', () => {
    const { dataset } = callerView()
    expect(unfrozen(observationSeries('gdp', { dataset }))).toEqual([])
  })

  it('targetsByZone', () => {
    const mine = structuredClone(view.targets[0]) as unknown as Record<string, unknown>
    const dataset = { ...view, targets: [mine, ...view.targets.slice(1)] } as unknown as DatasetView
    const found = targetsByZone(view.targets[0]?.scope ?? 'cdht', { dataset })
    expect(found).toContainEqual(mine)
    expect(found).not.toContain(mine)
    expect(unfrozen(found)).toEqual([])
    mine.value = Number.NaN
    expect(codeAndInput(() => targetsByZone('cdht', { dataset }))).toEqual(['NOT_FINITE', 'options.dataset.targets[0].value'])
  })

  it('a caller\u2019s list that cannot change (frozen, records deep-frozen) is checked and indexed once, like asOf\u2019s', () => {
    const { mine, dataset } = callerView()
    const fixed = { ...dataset, observations: Object.freeze(dataset.observations.map((o) => ((o as unknown) === mine ? Object.freeze({ ...o }) : o))) }
    expect(observationSeries('gdp', { dataset: fixed })).toBe(observationSeries('gdp', { dataset: fixed }))
    // One that can change is read afresh each time.
    expect(observationSeries('gdp', { dataset })).not.toBe(observationSeries('gdp', { dataset }))
  })

  it('a view from asOf hands back the package\u2019s own records, as before', () => {
    expect(findObservation('gdp', '2023', { dataset: view })).toBe(getObservation('gdp-2023'))
    expect(observationSeries('gdp', { dataset: view })).toBe(observationSeries('gdp', { dataset: view }))
  })
})
