import { describe, expect, it } from 'vitest'
import { breaksBetween } from '../../src/_internal/breaks.js'
import { levelGrowth } from '../../src/growth/growthRate.js'
import { observation, seriesBreak } from './_observation.js'

const y2021 = observation({ period: '2021', value: 2800.6 })
const y2022 = observation({ period: '2022', value: 3015.8 })
const q2021 = observation({ period: '2021-01/2021-09', value: 2034.2 })
const q2022 = observation({ period: '2022-01/2022-09', value: 2200 })

describe('breaksBetween (the crossing rule: start(earlier) < from <= end(later))', () => {
  it.each([
    { from: '2022-01-01', between: true, why: 'the first day of the later year' },
    { from: '2022-12-31', between: true, why: 'the last day of the later year' },
    { from: '2021-01-02', between: true, why: 'within the earlier year, after its start' },
    { from: '2021-01-01', between: false, why: 'the earlier year starts on the new footing' },
    { from: '2023-01-01', between: false, why: 'after the later year' },
  ])('a break from $from lies between 2021 and 2022: $between ($why)', ({ from, between }) => {
    expect(breaksBetween(y2021, y2022, [seriesBreak({ from })]).length).toBe(between ? 1 : 0)
  })

  it('reads quarters as ranges: a break from 2022-10-01 is after Q1–Q3 2022 ends', () => {
    expect(breaksBetween(q2021, q2022, [seriesBreak({ from: '2022-10-01' })])).toEqual([])
    expect(breaksBetween(q2021, q2022, [seriesBreak({ from: '2022-09-30' })]).length).toBe(1)
  })

  it('keeps to its indicator and scope', () => {
    expect(breaksBetween(y2021, y2022, [seriesBreak({ scope: 'bonded-zone' }), seriesBreak({ indicator: 'foreign-trade' })])).toEqual([])
  })

  it('puts a coverage break (from: null) between observations of differing coverage only', () => {
    const coverage = seriesBreak({ kind: 'coverage', from: null, scope: 'bonded-zone', indicator: 'foreign-trade' })
    const zone = { scope: 'bonded-zone', indicator: 'foreign-trade' }
    const withArea = observation({ ...zone, period: '2019', coverage: 'with-shuangliu' })
    const without = observation({ ...zone, period: '2020', coverage: 'without-shuangliu' })
    const unstated = observation({ ...zone, period: '2020', coverage: 'unstated' })
    const sameAsBefore = observation({ ...zone, period: '2020', coverage: 'with-shuangliu' })
    expect([withArea, without, unstated, sameAsBefore].slice(1).map((later) => breaksBetween(withArea, later, [coverage]).length)).toEqual([1, 1, 0])
  })

  it('puts a currency break between US dollars and yuan whatever its date', () => {
    const currency = seriesBreak({ kind: 'currency', from: '2015-01-01', indicator: 'foreign-trade' })
    const usd = observation({ indicator: 'foreign-trade', period: '2021', unit: 'USD' })
    const cny = observation({ indicator: 'foreign-trade', period: '2022', unit: 'CNY' })
    expect(breaksBetween(usd, cny, [currency]).map((item) => item.kind)).toEqual(['currency'])
    expect(breaksBetween(cny, { ...cny, period: '2023' }, [currency])).toEqual([])
  })
})

describe('growthRate and cagr across a break', () => {
  it('refuse with BREAK_IN_SERIES naming the earlier observation, the break ids and kinds', () => {
    const breaks = [seriesBreak({ id: 'gdp-area-2022' }), seriesBreak({ id: 'gdp-renamed-2022', kind: 'measure-renamed' })]
    expect(() => levelGrowth(y2022, y2021, breaks)).toThrow(expect.objectContaining({ code: 'BREAK_IN_SERIES', input: 'previous' }))
    expect(() => levelGrowth(y2022, y2021, breaks)).toThrow(/gdp-area-2022 \(area\), gdp-renamed-2022 \(measure-renamed\)/)
  })

  it('say BREAK_IN_SERIES, not UNIT_MISMATCH, for US dollars against yuan across a currency break', () => {
    const usd = observation({ indicator: 'foreign-trade', period: '2021', unit: 'USD' })
    const cny = observation({ indicator: 'foreign-trade', period: '2022', unit: 'CNY' })
    const currency = seriesBreak({ kind: 'currency', indicator: 'foreign-trade', from: '2022-01-01' })
    expect(() => levelGrowth(cny, usd, [currency])).toThrow(expect.objectContaining({ code: 'BREAK_IN_SERIES' }))
    expect(() => levelGrowth(cny, usd, [])).toThrow(expect.objectContaining({ code: 'UNIT_MISMATCH' }))
  })

  it('compute as before where no break lies between', () => {
    expect(levelGrowth(y2022, y2021, [seriesBreak({ from: '2024-01-01' })]).percent.toFixed(2)).toBe('7.68')
  })
})
