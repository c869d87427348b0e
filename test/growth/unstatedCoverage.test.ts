import fc from 'fast-check'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { breaksBetween, footingUnknown } from '../../src/_internal/breaks.js'
import { cagr } from '../../src/growth/cagr.js'
import { growthRate, levelGrowth } from '../../src/growth/growthRate.js'
import { growthSeries } from '../../src/growth/growthSeries.js'
import { getObservation } from '../../src/query/getObservation.js'
import type { Coverage, SeriesBreak } from '../../src/types.js'
import { observation } from './_observation.js'

// Two bonded-zone figures that both leave their coverage unstated may or may not be one series
// (with or without the Shuangliu area): no rate between them, and a typed reason.
const zone = { indicator: 'foreign-trade', scope: 'bonded-zone' }
const coverageBreak = {
  id: 'test-coverage',
  kind: 'coverage',
  ...zone,
  from: null,
  label: { zh: '口径', en: 'coverage', enOrigin: 'ours' },
  evidence: [],
  documentedIn: { file: 'history-2012-2025.md', passage: 'test' },
} as unknown as SeriesBreak
const COVERAGES: readonly Coverage[] = ['with-shuangliu', 'without-shuangliu', 'unstated']
const level = (period: string, value: number, coverage: Coverage) => observation({ ...zone, period, value, decimals: 0, coverage })

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run()
    return undefined
  } catch (error) {
    return (error as { code?: string }).code
  }
}

describe('unstated coverage against unstated coverage', () => {
  it('is neither one series nor a break: footingUnknown, and no break between', () => {
    const [earlier, later] = [level('2019', 400, 'unstated'), level('2020', 500, 'unstated')]
    expect(breaksBetween(earlier, later, [coverageBreak])).toEqual([])
    expect(footingUnknown(earlier, later)).toBe(true)
    expect(footingUnknown(earlier, level('2020', 500, 'with-shuangliu'))).toBe(false)
    expect(footingUnknown(level('2019', 400, 'with-shuangliu'), level('2020', 500, 'with-shuangliu'))).toBe(false)
  })

  it('growthRate refuses bonded-zone trade 2016 to 2019 (+211 % if computed) with COMPARABILITY_UNKNOWN naming previous.coverage', () => {
    const [y2016, y2019] = [getObservation('bonded-zone-trade-2016'), getObservation('bonded-zone-trade-2019')]
    expect([y2016.coverage, y2019.coverage]).toEqual(['unstated', 'unstated'])
    expect(() => growthRate(y2019, y2016)).toThrow(expect.objectContaining({ name: 'CdhtDataError', code: 'COMPARABILITY_UNKNOWN', input: 'previous.coverage' }))
    expect(() => cagr(y2016, y2019)).toThrow(expect.objectContaining({ code: 'COMPARABILITY_UNKNOWN', input: 'first.coverage' }))
    // The numbers themselves are still the caller's to divide.
    expect(growthRate(4330.1, 1391).toFixed(0)).toBe('211')
  })

  it('for every pair of coverages: a rate where stated alike, a break where they differ, unknown where neither is stated', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COVERAGES), fc.constantFrom(...COVERAGES), (first, second) => {
        const code = codeOf(() => levelGrowth(level('2020', 500, second), level('2019', 400, first), [coverageBreak]))
        const expected = first === 'unstated' && second === 'unstated' ? 'COMPARABILITY_UNKNOWN' : first === second ? undefined : 'BREAK_IN_SERIES'
        expect(code).toBe(expected)
      }),
    )
  })

  it('growthSeries gives the bonded zone 2019 to 2020 no rate, comparability unknown, the reported growth kept', () => {
    const entry = growthSeries('foreign-trade', { scope: 'bonded-zone' }).find((item) => item.period === '2020')
    expect(entry).toMatchObject({ comparability: 'unknown', percent: null, bound: null, basis: null, breaks: [], previousPeriod: '2019' })
    expect(entry?.reported?.value).toBe(26.8)
    expect(Object.isFrozen(entry)).toBe(true)
  })

  it('growthSeries: comparability tells the entries apart, for every indicator and scope with levels', () => {
    for (const [indicator, scope] of [['gdp', 'cdht'], ['foreign-trade', 'cdht'], ['foreign-trade', 'bonded-zone'], ['fixed-asset-investment', 'cdht']] as const) {
      for (const entry of growthSeries(indicator, { scope })) {
        const expected = entry.breaks.length > 0 ? 'break' : footingUnknown(entry.previous, entry.current) ? 'unknown' : 'comparable'
        expect(entry.comparability, `${indicator} ${scope} ${entry.period}`).toBe(expected)
        expect(entry.percent === null, `${indicator} ${scope} ${entry.period}`).toBe(expected !== 'comparable')
      }
    }
  })

  it('lets TypeScript narrow an entry by comparability', () => {
    for (const entry of growthSeries('foreign-trade', { scope: 'bonded-zone' })) {
      if (entry.comparability === 'comparable') expectTypeOf(entry.percent).toEqualTypeOf<number>()
      else if (entry.comparability === 'break') expectTypeOf(entry.breaks[0]).toEqualTypeOf<SeriesBreak>()
      else expectTypeOf(entry.breaks).toEqualTypeOf<readonly []>()
    }
  })
})
