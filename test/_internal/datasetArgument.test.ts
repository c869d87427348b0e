import { describe, expect, it } from 'vitest'
import { asOf, findObservation, growthSeries, isCdhtDataError } from '../../src/index.js'

const codeAndInput = (action: () => unknown): [string, string] | undefined => {
  try {
    action()
  } catch (error) {
    if (isCdhtDataError(error)) return [error.code, error.input]
    throw error
  }
  return undefined
}

describe('a dataset view given as options.dataset', () => {
  const view = asOf('2026-11-30')
  // The helpers that compute from a view check it (lookups hand the caller's records back as given).
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
  it('a view from asOf answers as before', () => {
    expect(findObservation('gdp', '2023', { dataset: view })?.id).toBe('gdp-2023')
  })
})
