import { describe, expect, it } from 'vitest'
import { CdhtDataError, isCdhtDataError } from '../src/errors.js'

describe('CdhtDataError', () => {
  it('carries its code, the name of the bad input, and its message', () => {
    const error = new CdhtDataError('NOT_FINITE', 'previous', 'previous must be a finite number, got NaN')
    expect(error).toBeInstanceOf(Error)
    expect([error.name, error.code, error.input, error.message]).toEqual([
      'CdhtDataError',
      'NOT_FINITE',
      'previous',
      'previous must be a finite number, got NaN',
    ])
  })
})

describe('CdhtDataError is frozen like the data', () => {
  it('refuses changes to its prototype and to the class (strict mode throws)', () => {
    const prototype = CdhtDataError.prototype as unknown as Record<string, unknown>
    expect(() => {
      prototype.code = 'x'
    }).toThrow(TypeError)
    expect(() => {
      ;(CdhtDataError as unknown as Record<string, unknown>).extra = 1
    }).toThrow(TypeError)
    expect([Object.isFrozen(CdhtDataError.prototype), Object.isFrozen(CdhtDataError), prototype.code]).toEqual([true, true, undefined])
  })

  it('still makes errors with their own code, input and message', () => {
    const error = new CdhtDataError('INVALID_DATE', 'date', 'date: not a valid date')
    expect([error.name, error.code, error.input, error.message, error instanceof CdhtDataError]).toEqual(['CdhtDataError', 'INVALID_DATE', 'date', 'date: not a valid date', true])
  })
})

describe('isCdhtDataError', () => {
  it('recognises an instance', () => {
    expect(isCdhtDataError(new CdhtDataError('UNKNOWN_ID', 'id', 'unknown'))).toBe(true)
  })

  it('recognises one from another copy of the package (same name and a code, not the same class)', () => {
    const foreign = Object.assign(new Error('unknown id'), { name: 'CdhtDataError', code: 'UNKNOWN_ID' })
    expect(isCdhtDataError(foreign)).toBe(true)
  })

  it.each([
    ['a plain Error', new Error('x')],
    ['an Error named alike without a code', Object.assign(new Error('x'), { name: 'CdhtDataError' })],
    ['a plain object', { name: 'CdhtDataError', code: 'UNKNOWN_ID' }],
    ['null', null],
    ['a look-alike with a code that is none of ours', Object.assign(new Error('m'), { name: 'CdhtDataError', code: 'BOGUS', input: 'x' })],
    ['an instance made without arguments', new (CdhtDataError as unknown as new () => CdhtDataError)()],
  ])('refuses %s', (_label, value) => {
    expect(isCdhtDataError(value)).toBe(false)
  })

  it('never throws, even for a proxy that throws on every read', () => {
    const trap = new Proxy({}, { getPrototypeOf: () => { throw new Error('trap') } })
    const { proxy, revoke } = Proxy.revocable(new CdhtDataError('UNKNOWN_ID', 'id', 'unknown'), {})
    revoke()
    expect([isCdhtDataError(trap), isCdhtDataError(proxy)]).toEqual([false, false])
  })
})
