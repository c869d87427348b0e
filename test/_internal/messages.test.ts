import { describe, expect, it } from 'vitest'
import { cagr } from '../../src/growth/cagr.js'
import { growthRate } from '../../src/growth/growthRate.js'
import { periodBounds } from '../../src/time/periodBounds.js'

// What an error says about the input it names: the argument that is wrong, shown as it was given.
function refusal(call: () => unknown): { input: string; message: string } {
  try {
    call()
  } catch (error) {
    const { input, message } = error as { input: string; message: string }
    return { input, message }
  }
  throw new Error('no error')
}
// Called as plain JavaScript would: any arguments.
const loose = (call: unknown) => call as (...args: unknown[]) => unknown

describe('error messages name the wrong argument and show it as given', () => {
  it('growthRate blames the object that is not an observation, not the number beside it', () => {
    expect(refusal(() => loose(growthRate)({}, 100)).input).toMatch(/^current\./)
    expect(refusal(() => loose(growthRate)(100, [])).input).toMatch(/^previous/)
    expect(refusal(() => loose(growthRate)(100, [])).message).toContain('an array')
  })

  it('cagr says a missing or null years as it was, not as NaN', () => {
    expect(refusal(() => loose(cagr)(100, 200, null)).input).toBe('years')
    expect(refusal(() => loose(cagr)(100, 200, null)).message).toContain('null')
    expect(refusal(() => loose(cagr)(100, 200)).message).toContain('undefined')
    expect(refusal(() => loose(cagr)(100, 200, null)).message).not.toContain('NaN')
  })

  it('shows a bigint and an array for what they are', () => {
    expect(refusal(() => loose(cagr)(100, 200, 1n)).message).toContain('1n')
    expect(refusal(() => loose(cagr)(100, 200, [])).message).toContain('an array')
  })

  it('periodBounds names its argument in the message like every other helper', () => {
    expect(refusal(() => periodBounds('2024-13')).input).toBe('period')
    expect(refusal(() => periodBounds('2024-13')).message).toMatch(/^period: not a period/)
  })
})
