import { describe, expect, it } from 'vitest'
import { format, getObservation, getTarget, targetGap } from '../src/index.js'
import { ObservationSchema } from '../src/schema/index.js'

// An eighth outside review (REPORT8), each finding as the rule it broke.
const refused = (input: string): unknown => expect.objectContaining({ code: 'INVALID_ARGUMENT', input })

describe('REPORT8', () => {
  it('§6 a growth below -100% is no figure: the level would be below zero', () => {
    const growth = { ...structuredClone(getObservation('gdp-growth-2021')), value: -150 }
    expect(() => targetGap('gdp-growth-target-2021', growth)).toThrow(refused('actual.value'))
    expect(() => format(growth)).toThrow(refused('record.value'))
    expect(ObservationSchema.safeParse(growth).success).toBe(false)
    expect(ObservationSchema.safeParse({ ...growth, value: -100 }).success).toBe(true)
  })

  it('§3 format refuses a target without a comparator rather than print it as exact', () => {
    const target = structuredClone(getTarget('gdp-target-2021')) as unknown as Record<string, unknown>
    delete target.comparator
    expect(() => format(target as never, { locale: 'en' })).toThrow(refused('record.comparator'))
    expect(format(getTarget('gdp-target-2021'), { locale: 'en' })).toBe('at least CNY 260 billion')
  })
})
