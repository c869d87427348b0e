import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { targets } from '../../src/data/collections.js'
import { findObservation } from '../../src/query/findObservation.js'
import { getObservation } from '../../src/query/getObservation.js'
import { targetGap } from '../../src/targets/targetGap.js'
import { growth, observation, target } from '../growth/_observation.js'

describe('targetGap', () => {
  it('measures the 2021 GDP target (2600) against its actual (2800.6) from the data', () => {
    const gap = targetGap('gdp-target-2021')
    expect(gap).toMatchObject({ actual: 2800.6, gap: -200.6, met: true, actualBound: 'exact', observation: { id: 'gdp-2021' } })
    expect(gap.progress?.toFixed(4)).toBe('1.0772')
  })

  it('measures the 2021 real growth target (8.5 %) against the reported 11.1 %, in percentage points', () => {
    expect(targetGap('gdp-growth-target-2021')).toMatchObject({ actual: 11.1, gap: -2.6, met: true })
  })

  it.each([
    { comparator: 'gt', actual: 1600, met: false, why: 'reaching 1600 does not meet 突破1600' },
    { comparator: 'gt', actual: 1600.1, met: true, why: 'exceeding it does' },
    { comparator: 'gt', actual: 1599.9, met: false, why: 'falling short does not' },
    { comparator: 'gte', actual: 1600, met: true, why: 'reaching meets 达到1600' },
    { comparator: 'gte', actual: 1599.9, met: false, why: 'falling short does not' },
  ] as const)('says met is $met for $actual against $comparator 1600 ($why)', ({ comparator, actual, met }) => {
    expect(targetGap(target({ comparator, value: 1600 }), actual).met).toBe(met)
  })

  it.each([
    { comparator: 'gt', actual: 1600, met: true, why: '"more than 1600" exceeds 1600' },
    { comparator: 'gte', actual: 1700, met: true, why: '"more than 1700" reaches 1600' },
    { comparator: 'gt', actual: 1400, met: null, why: '"more than 1400" may or may not exceed 1600' },
  ] as const)('with a lower-bound actual says met is $met for $actual against $comparator 1600 ($why)', ({ comparator, actual, met }) => {
    const actualObservation = observation({ value: actual, decimals: 0, bound: 'lower', period: '2021' })
    expect(targetGap(target({ comparator, value: 1600 }), actualObservation)).toMatchObject({ met, actualBound: 'lower' })
  })

  it('computes the gap on the decimals, without float residue', () => {
    // 0.3 - 0.1 is 0.19999999999999998 in floating point.
    expect(targetGap(target({ value: 0.3, decimals: 1 }), 0.1).gap).toBe(0.2)
  })

  it('reads a caller’s number at 15 significant digits: 1110.7 + 1089.9 does not exceed 突破2200.6', () => {
    expect(1110.7 + 1089.9).not.toBe(2200.6)
    const gap = targetGap(target({ comparator: 'gt', value: 2200.6, decimals: 1 }), 1110.7 + 1089.9)
    expect([gap.met, gap.gap, gap.actual]).toEqual([false, 0, 2200.6])
    expect(targetGap(target({ comparator: 'gte', value: 2200.6, decimals: 1 }), 1110.7 + 1089.9).met).toBe(true)
  })

  it.each([
    ['a numeric string', '2800', 'NOT_FINITE', 'actual'],
    ['a string past the float range', '1e400', 'NOT_FINITE', 'actual'],
    ['Infinity', Number.POSITIVE_INFINITY, 'NOT_FINITE', 'actual'],
    ['null', null, 'INVALID_ARGUMENT', 'actual'],
  ])('refuses %s as the actual', (_label, actual, code, input) => {
    expect(() => targetGap('gdp-target-2021', actual as number)).toThrow(expect.objectContaining({ code, input }))
  })

  it.each([
    ['null', null, 'target'],
    ['multiplier 3', target({ multiplier: 3 }), 'target.multiplier'],
    ['comparator bogus', target({ comparator: 'bogus' }), 'target.comparator'],
    ['no deadline', target({ deadline: undefined }), 'target.deadline'],
    ['value as a string', target({ value: '2600' }), 'target.value'],
  ])('refuses a target with %s naming %s', (_label, record, input) => {
    expect(() => targetGap(record as never, 2700)).toThrow(expect.objectContaining({ input }))
  })

  it('refuses an actual record with bound bogus, naming actual.bound', () => {
    expect(() => targetGap(target(), observation({ period: '2021', bound: 'bogus' }))).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', input: 'actual.bound' }))
  })

  it('rescales an actual in another multiplier to the target’s', () => {
    const inBillions = observation({ period: '2021', value: 280.06, decimals: 2, multiplier: 9 })
    expect(targetGap(target(), inBillions)).toMatchObject({ actual: 2800.6, gap: -200.6 })
  })

  it('leaves progress null for a target whose value is not above zero', () => {
    expect(targetGap(target({ value: 0, measure: 'growth', basis: 'real', unit: 'percent', multiplier: 0 }), 1.5)).toMatchObject({ progress: null, met: true })
  })

  it('accepts a number or an observation for a target the data has no actual for', () => {
    expect(findObservation('gdp', '2025')).toBeUndefined()
    expect(targetGap('chip-display-terminal-output-2025', 6500)).toMatchObject({ gap: -300, met: true, observation: null })
  })

  it('works on every target in the data: with the data’s actual, or the caller’s', () => {
    for (const record of targets) {
      const known = findObservation(record.indicator, record.period, { scope: record.scope, measure: record.measure })
      if (known === undefined) {
        expect(() => targetGap(record), record.id).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', input: 'actual' }))
        const gap = targetGap(record, record.value)
        expect([gap.gap, gap.met], record.id).toEqual([0, record.comparator !== 'gt'])
      } else {
        expect(targetGap(record).observation, record.id).toBe(known)
      }
    }
  })

  it.each([
    { why: 'an unknown target id', target: 'gdp-target-2099', actual: 1, code: 'UNKNOWN_ID', input: 'target' },
    { why: 'a NaN actual', target: 'gdp-target-2021', actual: Number.NaN, code: 'NOT_FINITE', input: 'actual' },
    { why: 'an actual of another scope', target: target(), actual: observation({ period: '2021', scope: 'chengdu' }), code: 'SCOPE_MISMATCH', input: 'actual.scope' },
    { why: 'an actual of another indicator', target: target(), actual: observation({ period: '2021', indicator: 'foreign-trade' }), code: 'INVALID_ARGUMENT', input: 'actual.indicator' },
    { why: 'an actual in another unit', target: target(), actual: observation({ period: '2021', unit: 'count' }), code: 'UNIT_MISMATCH', input: 'actual.unit' },
    { why: 'a growth against a level target', target: target(), actual: growth(11.1, 'real', { period: '2021' }), code: 'INVALID_ARGUMENT', input: 'actual.measure' },
    { why: 'a flow actual of another period', target: target(), actual: getObservation('gdp-2021-01-2021-09'), code: 'INVALID_PERIOD', input: 'actual.period' },
    { why: 'a nominal growth against a real target', target: 'gdp-growth-target-2021', actual: growth(11.1, 'nominal', { period: '2021' }), code: 'INVALID_ARGUMENT', input: 'actual.basis' },
    { why: 'a top-N rank', target: target({ unit: 'rank', measure: 'rank', multiplier: 0 }), actual: observation({ period: '2021', unit: 'rank', measure: 'rank', multiplier: 0, bound: 'top' }), code: 'INVALID_ARGUMENT', input: 'actual.bound' },
  ] as { why: string; target: Parameters<typeof targetGap>[0]; actual: Parameters<typeof targetGap>[1]; code: string; input: string }[])(
    'refuses $why with $code naming $input',
    ({ target: record, actual, code, input }) => {
      expect(() => targetGap(record, actual)).toThrow(expect.objectContaining({ code, input }))
    },
  )
})

describe('targetGap on any input', () => {
  it('returns finite numbers for any finite actual of up to 6 decimals, refusing a negative level', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), fc.integer({ min: 0, max: 6 }), (scaled, decimals) => {
        if (scaled < 0) {
          expect(() => targetGap('gdp-target-2021', scaled / 10 ** decimals)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', input: 'actual' }))
          return
        }
        const actual = Number((scaled / 10 ** decimals).toFixed(decimals))
        const gap = targetGap('gdp-target-2021', actual)
        expect([gap.gap, gap.actual, gap.progress ?? 0].every(Number.isFinite)).toBe(true)
        expect(gap.met).toBe(actual >= 2600)
      }),
      { numRuns: 2000 },
    )
  })

  it('throws NOT_FINITE naming actual for any non-finite actual', () => {
    fc.assert(
      fc.property(fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY), (actual) => {
        expect(() => targetGap('gdp-target-2021', actual)).toThrow(expect.objectContaining({ code: 'NOT_FINITE', input: 'actual' }))
      }),
      { numRuns: 10 },
    )
  })
})

describe('targetGap names what differs first', () => {
  it.each([
    ['another indicator', 'general-budget-revenue-2022', 'actual.indicator'],
    ['a growth', 'gdp-growth-2021', 'actual.measure'],
  ])('given %s, it names %s, not the period', async (_, id, input) => {
    const { getObservation, getTarget, targetGap: gap, isCdhtDataError } = await import('../../src/index.js')
    let caught: unknown
    try {
      gap(getTarget('gdp-target-2021'), { ...getObservation(id as never), period: '2022' })
    } catch (error) {
      caught = error
    }
    expect(isCdhtDataError(caught) ? caught.input : caught).toBe(input)
  })
})

describe('targetGap of a caller\u2019s target', () => {
  it('refuses a scope the data has no zone for, naming target.scope, with or without an actual', () => {
    const nowhere = { ...targets.find((record) => record.id === 'gdp-target-2021')!, scope: 'nowhere' }
    for (const call of [() => targetGap(nowhere as never), () => targetGap(nowhere as never, 2800)]) {
      expect(call).toThrow(expect.objectContaining({ code: 'UNKNOWN_ID', input: 'target.scope' }))
    }
  })
})

describe('targetGap of a count at multiplier 0 (REPORT8 §7)', () => {
  it('refuses a fraction of hospitals with NOT_INTEGER naming actual, and takes a whole number', () => {
    expect(() => targetGap('tertiary-hospitals-2024', 9.5)).toThrow(expect.objectContaining({ code: 'NOT_INTEGER', input: 'actual' }))
    expect(targetGap('tertiary-hospitals-2024', 9)).toMatchObject({ gap: 1, met: false })
  })

  it('takes decimals of a count in 万 (2.4万 people)', () => {
    expect(targetGap('bio-town-population-2024', 2.45).met).toBe(true)
  })
})

describe('targetGap of a caller’s target with the dataset’s actual', () => {
  const own = (id: string, change: object) => ({ ...structuredClone(targets.find((record) => record.id === id)!), id: 'mine', ...change })

  it('names target.basis, not an actual the caller never gave, when the target is nominal and the data real', () => {
    expect(() => targetGap(own('gdp-growth-target-2021', { basis: 'nominal' }) as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', input: 'target.basis', message: "target.basis: nominal, but the dataset's gdp-growth-2021 is real" }),
    )
  })

  it('names target.unit when the target is in US dollars and the data in yuan', () => {
    expect(() => targetGap(own('gdp-target-2021', { unit: 'USD' }) as never)).toThrow(expect.objectContaining({ code: 'UNIT_MISMATCH', input: 'target.unit' }))
  })

  it('still names the actual the caller gave', () => {
    expect(() => targetGap(own('gdp-growth-target-2021', { basis: 'nominal' }) as never, getObservation('gdp-growth-2021'))).toThrow(expect.objectContaining({ input: 'actual.basis' }))
  })
})
