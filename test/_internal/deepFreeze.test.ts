import { describe, expect, it } from 'vitest'
import { deepFreeze } from '../../src/_internal/deepFreeze.js'

describe('deepFreeze', () => {
  it('freezes arrays and objects at every depth, and returns the same value', () => {
    const value = { a: [{ b: { c: [1, 'x', null] } }], d: 'e' }
    expect(deepFreeze(value)).toBe(value)
    for (const object of [value, value.a, value.a[0], value.a[0]!.b, value.a[0]!.b.c]) expect(Object.isFrozen(object)).toBe(true)
  })

  it('ends on a cycle', () => {
    const value: { self?: unknown; list: unknown[] } = { list: [] }
    value.self = value
    value.list.push(value)
    deepFreeze(value)
    expect(Object.isFrozen(value.list)).toBe(true)
  })

  it('walks own keys only: an enumerable inherited member is left alone', () => {
    const inherited = { n: 1 }
    const value = Object.create({ inherited }) as Record<string, unknown>
    value.own = { m: 2 }
    deepFreeze(value)
    expect(Object.isFrozen(value.own)).toBe(true)
    expect(Object.isFrozen(inherited)).toBe(false)
  })

  it('leaves primitives as they are', () => {
    expect(deepFreeze(3)).toBe(3)
    expect(deepFreeze(null)).toBe(null)
  })
})
