import { describe, expectTypeOf, it } from 'vitest'
import type { Observation, Target } from '../../src/types.js'
import { growthRate } from '../../src/growth/growthRate.js'
import type { GrowthResult } from '../../src/growth/types.js'
import { findObservation } from '../../src/query/findObservation.js'
import { getObservation } from '../../src/query/getObservation.js'
import { getTarget } from '../../src/query/getTarget.js'
import { getZone } from '../../src/query/getZone.js'
import { targetsByZone } from '../../src/query/targetsByZone.js'
import { targetGap } from '../../src/targets/targetGap.js'

// Ids are unions generated from the data: a misspelt id is a compile error, not a run-time surprise.
describe('ids are typed', () => {
  it('accepts known ids and refuses misspelt ones', () => {
    expectTypeOf(getObservation('gdp-2023')).toEqualTypeOf<Observation>()
    expectTypeOf(getTarget('gdp-target-2021')).toEqualTypeOf<Target>()
    // @ts-expect-error a misspelt observation id
    getObservation('gdp-2032')
    // @ts-expect-error a misspelt zone id
    getZone('cdth')
    // @ts-expect-error a misspelt indicator id
    findObservation('gpd', '2023')
    // @ts-expect-error a misspelt scope
    findObservation('gdp', '2023', { scope: 'bonded' })
    // @ts-expect-error a misspelt zone id
    targetsByZone('tianfu')
    // @ts-expect-error a misspelt target id
    targetGap('gdp-target-2012')
  })
})

describe('growthRate overloads', () => {
  it('returns a number for numbers and a GrowthResult for observations', () => {
    expectTypeOf(growthRate(2, 1)).toEqualTypeOf<number>()
    expectTypeOf(growthRate(getObservation('gdp-2023'), getObservation('gdp-2022'))).toEqualTypeOf<GrowthResult>()
    // @ts-expect-error an observation and a number do not mix
    growthRate(getObservation('gdp-2023'), 3015.8)
  })
})
