import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countIsWhole, partOfWhole } from '../../src/_internal/figureRules.js'
import { assessTarget, format, getObservation, getTarget, targetGap, toUnits } from '../../src/index.js'
import { ObservationSchema, TargetSchema } from '../../src/schema/index.js'

// REPORT9 §4, §5 and §2: a count is whole in base units at any multiplier (5.00001万 people is
// 50,000.1 people); a level in percent is a part of a whole, 0–100; a growth is never below
// -100%. Records and numbers given in a target's unit keep the same rules.
const code = (name: string, input: string): unknown => expect.objectContaining({ code: name, input })
const staff = structuredClone(getObservation('bio-town-staff-and-residents-2024-11-08')) // 超5万人: a count in 万
const policyRate = structuredClone(getTarget('no-application-policy-rate-2024')) // 免申即享率达30%: a level in percent

describe('a count is a whole number of things at any multiplier', () => {
  it.each([
    [5, 4, true],
    [2.4, 4, true],
    [5.0001, 4, true],
    [5.00001, 4, false],
    [2.40000001, 4, false],
    [1.23456789, 8, true],
    [1.234567891, 8, false],
    [9.5, 0, false],
    [9, 0, true],
    [1e21, 0, true],
  ])('%s at multiplier %s is whole: %s', (value, multiplier, whole) => {
    expect(countIsWhole({ value, unit: 'count', multiplier })).toBe(whole)
  })

  it('agrees with toUnits, which computes the base units exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 6 }), fc.constantFrom(0, 4, 8, 9), (digits, places, multiplier) => {
        const value = digits / 10 ** places
        const record = { value, decimals: places, unit: 'count' as const, multiplier }
        let units = true
        try {
          toUnits(record as never)
        } catch {
          units = false
        }
        expect(countIsWhole(record)).toBe(units)
      }),
      { numRuns: 500 },
    )
  })

  it('is refused by the schemas, the record check and format, naming value', () => {
    const fraction = { ...staff, value: 5.00001, decimals: 5 }
    expect(ObservationSchema.safeParse(fraction).error?.issues.map((issue) => issue.path.join('.'))).toEqual(['value'])
    expect(ObservationSchema.safeParse({ ...staff, value: 5.0001, decimals: 4 }).success).toBe(true)
    expect(() => format(fraction, { locale: 'en' })).toThrow(code('NOT_INTEGER', 'record.value'))
    expect(() => targetGap('bio-town-population-2024', { ...fraction, indicator: 'bio-town-population' })).toThrow(code('NOT_INTEGER', 'actual.value'))
  })

  it('is refused as a target’s numeric actual, naming actual', () => {
    expect(() => targetGap('bio-town-population-2024', 2.40000001)).toThrow(code('NOT_INTEGER', 'actual'))
    expect(() => assessTarget('bio-town-population-2024', { actual: 2.40000001 })).toThrow(code('NOT_INTEGER', 'options.actual'))
    expect(targetGap('bio-town-population-2024', 2.4001).met).toBe(true)
  })
})

describe('a level in percent is a part of a whole, 0–100', () => {
  it('is the rule of shares and percent levels only', () => {
    expect([partOfWhole(policyRate), partOfWhole({ measure: 'share' }), partOfWhole({ measure: 'growth', unit: 'percent' }), partOfWhole({ measure: 'level', unit: 'CNY' })]).toEqual([true, true, false, false])
  })

  it('refuses 130 as a numeric actual, naming actual, and takes 100', () => {
    expect(() => targetGap('no-application-policy-rate-2024', 130)).toThrow(code('INVALID_ARGUMENT', 'actual'))
    expect(() => assessTarget('no-application-policy-rate-2024', { actual: 100.5 })).toThrow(code('INVALID_ARGUMENT', 'options.actual'))
    expect(targetGap('no-application-policy-rate-2024', 100).met).toBe(true)
  })

  it('refuses 130 in a record: the schemas and format', () => {
    const over = { ...policyRate, value: 130, decimals: 0 }
    expect(TargetSchema.safeParse(over).success).toBe(false)
    expect(TargetSchema.safeParse({ ...policyRate, value: 100 }).success).toBe(true)
    expect(() => format(over)).toThrow(code('INVALID_ARGUMENT', 'record.value'))
  })
})

describe('a growth below -100% is no number to judge a target by', () => {
  it.each(['gdp-growth-target-2021', 'bio-town-population-growth-2024'] as const)('%s refuses -150 as its actual, naming actual, and takes -100', (id) => {
    expect(() => targetGap(id, -150)).toThrow(code('INVALID_ARGUMENT', 'actual'))
    expect(() => assessTarget(id, { actual: -100.5 })).toThrow(code('INVALID_ARGUMENT', 'options.actual'))
    expect(targetGap(id, -100).met).toBe(false)
  })
})
