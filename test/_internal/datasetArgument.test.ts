import { describe, expect, it } from 'vitest'
import { codeAndInput } from '../_codeAndInput.js'
import { asOf, findObservation, growthSeries, latestObservation, observationSeries, targetsByZone } from '../../src/index.js'


describe('a dataset view given as options.dataset', () => {
  const view = asOf('2026-11-30')
  // Every helper that reads a view checks its records (once only where they cannot change):
  // lookups hand back no record the package would refuse as an argument.
  it('is read like a caller\u2019s records where a helper computes from it: a NaN value is refused, naming the record', () => {
    const index = view.observations.findIndex((observation) => observation.id === 'gdp-2022')
    const observations = view.observations.map((observation, at) => (at === index ? { ...observation, value: Number.NaN } : observation))
    const forged = { ...view, observations }
    expect(codeAndInput(() => growthSeries('gdp', { dataset: forged }))).toEqual(['NOT_FINITE', `options.dataset.observations[${index}].value`])
  })
  it('a contradictory target (a negative level) is refused too', () => {
    const targets = view.targets.map((target, at) => (at === 0 ? { ...target, value: -1 } : target))
    expect(codeAndInput(() => growthSeries('gdp', { dataset: { ...view, targets } }))?.[1]).toBe('options.dataset.targets[0].value')
  })
  it('lookups refuse a tampered record too, naming it: a NaN, a forged unit, a negative level', () => {
    const index = view.observations.findIndex((observation) => observation.id === 'gdp-2023')
    const tampered = (change: Record<string, unknown>) => ({ ...view, observations: view.observations.map((observation, at) => (at === index ? { ...observation, ...change } : observation)) })
    expect(codeAndInput(() => findObservation('gdp', '2023', { dataset: tampered({ value: Number.NaN }) }))).toEqual(['NOT_FINITE', `options.dataset.observations[${index}].value`])
    expect(codeAndInput(() => latestObservation('gdp', { dataset: tampered({ unit: 'EUR' }) }))?.[1]).toBe(`options.dataset.observations[${index}].unit`)
    expect(codeAndInput(() => observationSeries('gdp', { dataset: tampered({ value: -1 }) }))?.[1]).toBe(`options.dataset.observations[${index}].value`)
    const targets = view.targets.map((target, at) => (at === 0 ? { ...target, value: Number.NaN } : target))
    expect(codeAndInput(() => targetsByZone('cdht', { dataset: { ...view, targets } }))).toEqual(['NOT_FINITE', 'options.dataset.targets[0].value'])
  })
  it('refuses two records with one id in a view: a lookup by id would be ambiguous', () => {
    const original = view.observations.find((observation) => observation.id === 'gdp-2021')
    const twice = { ...view, observations: [...view.observations, { ...original, value: 9999 }] }
    expect(codeAndInput(() => findObservation('gdp', '2021', { dataset: twice as never }))).toEqual(['INVALID_ARGUMENT', `options.dataset.observations[${view.observations.length}].id`])
  })
  it('refuses a loop of revisions in a view: no vintage of it would be the latest', () => {
    const base = view.observations.find((observation) => observation.id === 'gdp-2021')
    const [a, b] = [{ ...base, id: 'loop-a', supersedes: 'loop-b' }, { ...base, id: 'loop-b', supersedes: 'loop-a' }]
    const looped = { ...view, observations: [...view.observations.filter((observation) => observation.id !== 'gdp-2021'), a, b] }
    expect(codeAndInput(() => findObservation('gdp', '2021', { dataset: looped as never }))?.[0]).toBe('INVALID_ARGUMENT')
    expect(codeAndInput(() => findObservation('gdp', '2021', { dataset: looped as never }))?.[1]).toMatch(/^options\.dataset\.observations\[\d+\]\.supersedes$/)
    // A chain of revisions is fine.
    const chain = { ...view, observations: [...view.observations.filter((observation) => observation.id !== 'gdp-2021'), { ...base, id: 'first' }, { ...base, id: 'second', supersedes: 'first' }] }
    expect(findObservation('gdp', '2021', { dataset: chain as never })?.id).toBe('second')
  })
  it('a view from asOf answers as before', () => {
    expect(findObservation('gdp', '2023', { dataset: view })?.id).toBe('gdp-2023')
  })
})
