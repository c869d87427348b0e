import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { assessTarget, asOf, format, getObservation, growthRate, isCdhtDataError, targetGap } from '../src/index.js'

// A seventh outside review (REPORT7), each finding as the kind of rule it broke.
describe('REPORT7', () => {
  it('§1 a growth without a basis is refused, not read as the target\'s basis', () => {
    const growth = structuredClone(getObservation('gdp-growth-2021')) as unknown as Record<string, unknown>
    delete growth.basis
    expect(() => targetGap('gdp-growth-target-2021', growth as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', input: 'actual.basis' }))
    const level = { ...structuredClone(getObservation('gdp-2023')), basis: 'real' }
    expect(() => growthRate(level as never, getObservation('gdp-2022'))).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', input: 'current.basis' }))
  })

  it('§3 an assessment on a day knows only the breaks in effect by then, as the view of that day does', () => {
    const on = '2016-09-08'
    const assessed = assessTarget('gdp-target-2020', { on })
    expect(assessed.breaks.every((item) => item.from !== null && item.from <= on)).toBe(true)
    const viewed = assessTarget('gdp-target-2020', { on, dataset: asOf(on) })
    expect([assessed.comparability, assessed.breaks.map((b) => b.id)]).toEqual([viewed.comparability, viewed.breaks.map((b) => b.id)])
    // Later, the breaks that had taken effect are there.
    expect(assessTarget('gdp-target-2020', { on: '2021-12-31' }).breaks.length).toBeGreaterThan(0)
  })

  it('§6 recognises the package\'s error from another realm', () => {
    const foreign: unknown = runInNewContext("const e = new Error('m'); e.name = 'CdhtDataError'; e.code = 'NOT_FINITE'; e.input = 'x'; e")
    expect(isCdhtDataError(foreign)).toBe(true)
    expect(isCdhtDataError(runInNewContext("({ name: 'CdhtDataError', code: 'NOT_FINITE', input: 'x' })"))).toBe(false)
  })

  it('§7 periods of different length are said to be so, not "not a whole number of years"', () => {
    expect(() => growthRate(getObservation('gdp-2021'), getObservation('gdp-2019-01-2019-06'))).toThrow('2019-01/2019-06 is not a period of the same length as 2021')
  })
})

describe('REPORT7 §5: format refuses what it would print as something else', () => {
  const refused = (input: string): unknown => expect.objectContaining({ code: 'INVALID_ARGUMENT', input })
  it.each([
    ['a top-N bound on an amount', { value: 3, decimals: 0, unit: 'CNY', multiplier: 8, bound: 'top' }, 'record.bound'],
    ['a top-N bound on a percent', { value: 3, decimals: 0, unit: 'percent', multiplier: 0, bound: 'top' }, 'record.bound'],
    ['a lower bound on a rank', { value: 3, decimals: 0, unit: 'rank', multiplier: 0, bound: 'lower' }, 'record.bound'],
    ['a share above 100', { value: 150, decimals: 0, unit: 'percent', multiplier: 0, measure: 'share' }, 'record.value'],
    ['a share below 0', { value: -5, decimals: 0, unit: 'percent', multiplier: 0, measure: 'share' }, 'record.value'],
    ['a rank below 1', { value: 0, decimals: 0, unit: 'rank', multiplier: 0 }, 'record.value'],
  ])('%s', (_, record, input) => {
    expect(() => format(record as never)).toThrow(refused(input))
  })
  it('still prints a top-N rank and a share as published', () => {
    expect(format({ value: 3, decimals: 0, unit: 'rank', multiplier: 0, bound: 'top' } as never, { locale: 'en' })).toMatch(/3/)
    expect(format({ value: 61, decimals: 0, unit: 'percent', multiplier: 0, measure: 'share' } as never)).toBe('61%')
  })
})
