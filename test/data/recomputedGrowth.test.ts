import { describe, expect, it } from 'vitest'
import { crosses, yearBefore } from './_breaks.js'
import { type ObservationRecord, breaks, inBaseUnits, observations, roundingSlack } from './_sources.js'

// Wherever a growth is reported for a period whose level is known, and the level of the same
// period shape a year before is known too, the growth the two levels imply must equal the
// reported one within the published decimals, unless a break in series lies between them (then
// the break record is what makes the pair incomparable). Real growth is at constant prices and
// is not compared with current-price levels. A pair that disagrees with no documented break is
// listed below, and its growth record must say so in its note.

interface Interval { readonly low: number; readonly high: number }
const overlaps = (a: Interval, b: Interval): boolean => a.low <= b.high && b.low <= a.high
const show = (interval: Interval): string => `${interval.low.toFixed(2)}..${interval.high.toFixed(2)}`

function range(record: ObservationRecord, value = inBaseUnits(record), slack = roundingSlack(record)): Interval {
  return record.bound === 'lower' ? { low: value, high: Infinity } : { low: value - slack, high: value + slack }
}
function implied(earlier: ObservationRecord, later: ObservationRecord): Interval {
  const from = range(earlier)
  const to = range(later)
  return { low: (to.low / from.high - 1) * 100, high: (to.high / from.low - 1) * 100 }
}

/** Disagreements the compilation documents no break for; each growth record's note says so. */
const UNEXPLAINED: Record<string, string> = {
  'general-budget-revenue-growth-2014': '2013 is reported as 公共财政预算收入; section 5 names no break for budget revenue',
  'foreign-trade-growth-2021-01-2021-06': 'the 2020 half-year base may have been revised; no break is documented between the halves',
}

const levels = observations.filter((record) => record.measure === 'level')
const levelOf = (like: ObservationRecord, period: string): ObservationRecord | undefined =>
  levels.find((record) => record.indicator === like.indicator && record.scope === like.scope && record.period === period)

interface Pair { readonly growth: ObservationRecord; readonly earlier: ObservationRecord; readonly later: ObservationRecord }
const pairs: Pair[] = observations
  .filter((growth) => growth.measure === 'growth')
  .flatMap((growth) => {
    const later = levelOf(growth, growth.period)
    const earlier = levelOf(growth, yearBefore(growth.period))
    return later && earlier ? [{ growth, earlier, later }] : []
  })
const between = ({ earlier, later }: Pair) => breaks.filter((item) => crosses(item, earlier, later))
const compared = pairs.filter(({ growth }) => growth.basis !== 'real')

describe('recomputed growth equals reported growth', () => {
  it('finds the pairs of the history (the test has something to check)', () => {
    expect(compared.map(({ growth }) => growth.id)).toEqual(expect.arrayContaining(['general-budget-revenue-growth-2023', 'bonded-zone-trade-growth-2020']))
  })

  it.each(compared.map((pair) => [pair.growth.id, pair] as const))('%s', (_id, pair) => {
    const { growth, earlier, later } = pair
    const levels = implied(earlier, later)
    const agrees = overlaps(levels, range(growth, growth.value, 0.5 * 10 ** -growth.decimals))
    const crossing = between(pair).map((item) => item.id)
    const what = `${growth.id}: "${growth.passage}" reports ${growth.value.toFixed(growth.decimals)}% (${String(growth.basis)}); ${earlier.id} → ${later.id} imply ${show(levels)}%`
    if (crossing.length > 0) return // incomparable across the break: nothing to recompute
    if (UNEXPLAINED[growth.id] !== undefined) {
      expect(agrees, `${what}: listed as unexplained but agrees (stale entry)`).toBe(false)
      expect(growth.note ?? '', `${what}: the note must say no break is documented`).toMatch(/No break is documented/)
      return
    }
    expect(agrees, `${what}, and no break lies between`).toBe(true)
  })

  it('every unexplained entry is a compared pair', () => {
    const ids = new Set(compared.map(({ growth }) => growth.id))
    expect(Object.keys(UNEXPLAINED).filter((id) => !ids.has(id))).toEqual([])
  })

  it('levels in different units or coverages never meet without a break between them', () => {
    const bad = pairs
      .filter(({ earlier, later }) => earlier.unit !== later.unit || (earlier.coverage ?? 'unstated') !== (later.coverage ?? 'unstated'))
      .filter((pair) => between(pair).length === 0)
      .map(({ growth, earlier, later }) => `${growth.id}: ${earlier.id} (${earlier.unit}, ${String(earlier.coverage)}) and ${later.id} (${later.unit}, ${String(later.coverage)}) with no break record`)
    expect(bad).toEqual([])
  })

  it('a GDP level pair across the 2016-2017 jump crosses a break, as section 5 demands', () => {
    const gdp2016 = levels.find((record) => record.id === 'gdp-2016')!
    const gdp2017 = levels.find((record) => record.id === 'gdp-2017')!
    expect(between({ growth: gdp2017, earlier: gdp2016, later: gdp2017 }).map((item) => item.kind)).toContain('area')
  })
})
