import { describe, expect, it } from 'vitest'
import { assessTarget, format, getObservation, getTarget, growthRate, isCdhtDataError, targetGap } from '../../src/index.js'

const refusal = (action: () => unknown): { code: string; input: string } | undefined => {
  try {
    action()
  } catch (error) {
    if (isCdhtDataError(error)) return { code: error.code, input: error.input }
    throw error
  }
  return undefined
}

// A level the zone reports (an amount, a count, an area) is never below zero: a negative one is a
// sign error in the caller's record, refused wherever a record is read, as the schemas refuse it.
describe('a negative level in a caller’s record', () => {
  const gdp = getObservation('gdp-2023')
  const target = getTarget('gdp-target-2021')
  it.each([
    ['growthRate, current', () => growthRate({ ...gdp, value: -3201.2 }, getObservation('gdp-2022')), 'current.value'],
    ['growthRate, previous', () => growthRate(gdp, { ...getObservation('gdp-2022'), value: -1 }), 'previous.value'],
    ['targetGap, target', () => targetGap({ ...target, value: -5 }, 2800.6), 'target.value'],
    ['assessTarget, target', () => assessTarget({ ...target, value: -5 }, { on: '2022-06-30' }), 'target.value'],
    ['format', () => format({ ...gdp, value: -1 }), 'record.value'],
  ])('%s: INVALID_ARGUMENT naming %s', (_, action, input) => {
    expect(refusal(action)).toEqual({ code: 'INVALID_ARGUMENT', input })
  })
  it('a negative growth is a growth, not a level: accepted', () => {
    expect(refusal(() => format({ ...getObservation('gdp-growth-2023'), value: -6 }))).toBeUndefined()
  })
})
