import { describe, expect, it } from 'vitest'
import { format, getObservation, growthRate, targetGap } from '../../src/index.js'

/** gdp-2023 with a chain of `depth` nested objects under `extra`. */
function nested(depth: number, fields: object = {}): never {
  const record: Record<string, unknown> = { ...structuredClone(getObservation('gdp-2023')), ...fields }
  let at = record
  for (let level = 0; level < depth; level++) at = at.extra = {}
  return record as never
}

describe('a record nested deeper than records are', () => {
  it.each([3000, 20000])('is refused at depth %i, naming the path, not a stack overflow', (depth) => {
    // The record is level 1 of the 32 allowed: the 33rd is refused.
    const deep = (input: string) => ({ code: 'INVALID_ARGUMENT', input: `${input}${'.extra'.repeat(32)}` })
    expect(() => targetGap('gdp-target-2021', nested(depth, { period: '2021', value: 2800.6 }))).toThrow(expect.objectContaining(deep('actual')) as Error)
    expect(() => growthRate(nested(depth), getObservation('gdp-2022'))).toThrow(expect.objectContaining(deep('current')) as Error)
  })

  it('accepts the few levels a record has', () => {
    expect(growthRate(nested(20), getObservation('gdp-2022')).percent).toBeCloseTo(6.15, 2)
    expect(format(nested(20))).toBe('3,201.2亿元')
  })
})
