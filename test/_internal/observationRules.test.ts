import { describe, expect, it } from 'vitest'
import { growthRate } from '../../src/growth/growthRate.js'
import { getObservation } from '../../src/query/getObservation.js'
import { findObservation } from '../../src/query/findObservation.js'
import { observations } from '../../src/data/collections.js'

// The rules the schemas check (REPORT6 §7) hold for a caller's record in the helpers too.
const gdp = (id: string, change: object): unknown => ({ ...structuredClone(getObservation(id as never)), ...change })
const refusal = (input: string): unknown => expect.objectContaining({ code: 'INVALID_ARGUMENT', input })

describe('a caller observation is refused where the schemas refuse it', () => {
  it('a top-N bound on a level', () => {
    expect(() => growthRate(gdp('gdp-2023', { bound: 'top' }) as never, getObservation('gdp-2022'))).toThrow(refusal('current.bound'))
  })
  it('coverage on a scope other than the bonded zone', () => {
    expect(() => growthRate(gdp('gdp-2023', { coverage: 'unstated' }) as never, getObservation('gdp-2022'))).toThrow(refusal('current.coverage'))
  })
  it('a bonded-zone observation without coverage, also in a view', () => {
    const index = observations.findIndex((o) => o.scope === 'bonded-zone')
    const bare = structuredClone(observations[index]!) as { coverage?: unknown }
    delete bare.coverage
    const list = observations.map((o, i) => (i === index ? bare : o))
    expect(() => findObservation('gdp', '2023', { dataset: { observations: list } as never })).toThrow(refusal(`options.dataset.observations[${index}].coverage`))
  })
})

describe('a caller record is refused outside the ranges the schemas hold', () => {
  it.each([
    ['a share above 100', 'gdp-share-2014', { value: 150 }],
    ['a rank below 1', 'bonded-zone-trade-rank-2022', { value: 0 }],
  ])('%s', (_, id, change) => {
    const list = observations.map((o) => (o.id === id ? { ...structuredClone(o), ...change } : o))
    const index = list.findIndex((o) => o.id === id)
    expect(() => findObservation('gdp', '2023', { dataset: { observations: list } as never })).toThrow(refusal(`options.dataset.observations[${index}].value`))
  })
})
