import { describe, expect, it } from 'vitest'
import * as data from '../../src/data/collections.js'

// Rule 6: shared data is deep-frozen, so one consumer cannot change another's numbers.
describe('exported data is deep-frozen', () => {
  it.each(Object.entries(data) as [string, readonly unknown[]][])('%s: the array, every record and every nested object', (_name, records) => {
    expect(Object.isFrozen(records)).toBe(true)
    const stack: unknown[] = [...records]
    while (stack.length > 0) {
      const value = stack.pop()
      if (value !== null && typeof value === 'object') {
        expect(Object.isFrozen(value)).toBe(true)
        stack.push(...Object.values(value as Record<string, unknown>))
      }
    }
  })

  it('mutating a record throws', () => {
    const observation = data.observations[0] as unknown as { value: number }
    expect(() => { observation.value = 0 }).toThrow(TypeError)
  })
})
