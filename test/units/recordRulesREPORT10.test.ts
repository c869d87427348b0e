import { describe, expect, it } from 'vitest'
import { getObservation } from '../../src/query/getObservation.js'
import { format } from '../../src/units/format.js'
import { rescale } from '../../src/units/rescale.js'

const copy = <Value>(value: Value): Value => structuredClone(value)

// REPORT10 §4 and §7: the record rules format and toUnits apply, held by rescale and for an actual's comparator.
describe('rescale of a record that counts things', () => {
  const enterprises = getObservation('incubated-enterprises-2023-12-31')

  it('refuses a fraction of a thing at any multiplier (2.00001万 enterprises is 20,000.1)', () => {
    const fraction = { ...copy(enterprises), value: 2.00001, decimals: 5 }
    expect(() => rescale(fraction, 0)).toThrow(expect.objectContaining({ code: 'NOT_INTEGER', input: 'value' }))
  })

  it('rescales a whole count, and a bare value that states no unit, as before', () => {
    expect(enterprises.unit).toBe('count')
    const whole = { ...copy(enterprises), value: 2.4, decimals: 1 }
    expect(rescale(whole, 0)).toBe('24000')
    expect(rescale({ value: 2.40000001, multiplier: 4 }, 0)).toBe('24000.0001')
  })
})

describe('format of an actual with a comparator', () => {
  it('refuses it, naming record.comparator: an actual is not a goal', () => {
    expect(() => format({ ...copy(getObservation('gdp-2023')), comparator: 'gt' } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', input: 'record.comparator' }),
    )
  })
})
