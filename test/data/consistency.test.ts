import { describe, expect, it } from 'vitest'
import {
  type ObservationRecord,
  type TargetRecord,
  inBaseUnits,
  indicators,
  observations,
  roundingSlack,
  targets,
  zones,
} from './_sources.js'

// Figures that imply one another must agree within the rounding of what was published; where
// they cannot (real growth against current-price levels) the record must say why.

interface Interval { readonly low: number; readonly high: number }
const overlaps = (a: Interval, b: Interval): boolean => a.low <= b.high && b.low <= a.high
const show = (interval: Interval): string => `${interval.low.toFixed(2)}..${interval.high.toFixed(2)}`

/** What a published level can have been before rounding; a lower bound (突破, 超) is open above. */
function levelRange(record: ObservationRecord): Interval {
  const value = inBaseUnits(record)
  if (record.bound === 'lower') return { low: value, high: Infinity }
  return { low: value - roundingSlack(record), high: value + roundingSlack(record) }
}
/** The growth, in percent, that two levels allow. */
function impliedGrowth(earlier: ObservationRecord, later: ObservationRecord): Interval {
  const from = levelRange(earlier)
  const to = levelRange(later)
  return { low: (to.low / from.high - 1) * 100, high: (to.high / from.low - 1) * 100 }
}
function growthRange(record: ObservationRecord): Interval {
  return record.bound === 'lower' ? { low: record.value, high: Infinity } : { low: record.value - roundingSlack(record), high: record.value + roundingSlack(record) }
}

const levels = observations.filter((record) => record.measure === 'level')
const find = (id: string): ObservationRecord => {
  const record = observations.find((candidate) => candidate.id === id)
  if (!record) throw new Error(`no observation ${id}`)
  return record
}

// The general rule (every growth against the levels it joins, with breaks) is recomputedGrowth.test.ts.
describe('growth agrees with the levels it joins', () => {
  it('2023 budget revenue: 300.5 at +13.3% implies 2022 = 265.2', () => {
    const growth = find('general-budget-revenue-growth-2023')
    const implied = impliedGrowth(find('general-budget-revenue-2022'), find('general-budget-revenue-2023'))
    expect(overlaps(implied, growthRange(growth)), `${growth.id}: implied ${show(implied)}%`).toBe(true)
  })

  it('2023 GDP: +6.0% is real growth, not the +6.15% current-price change', () => {
    const growth = find('gdp-growth-2023')
    const implied = impliedGrowth(find('gdp-2022'), find('gdp-2023'))
    expect(overlaps(implied, growthRange(growth)), `${growth.id}: the levels were expected to differ from the real rate`).toBe(false)
    expect(growth.basis, `${growth.id}: only a real basis explains ${show(implied)}% against ${growth.value.toFixed(growth.decimals)}%`).toBe('real')
  })
})

describe('records hold together', () => {
  const zoneById = new Map(zones.map((zone) => [zone.id, zone]))

  it('a key zone never exceeds its zone for the same indicator, measure and period', () => {
    // Only levels add up: a part's growth, share or rank can well beat the whole's.
    const scoped: (ObservationRecord | TargetRecord)[] = [...levels, ...targets.filter((record) => record.measure === 'level')]
    const problems = scoped.flatMap((part) => {
      const whole = zoneById.get(part.scope)?.partOf
      if (whole === undefined) return []
      return scoped
        .filter((other) => other.scope === whole && other.indicator === part.indicator && other.period === part.period)
        .filter((other) => inBaseUnits(part) > inBaseUnits(other))
        .map((other) => `${part.id} (${part.scope}) ${part.value} exceeds ${other.id} (${whole}) ${other.value}`)
    })
    expect(problems).toEqual([])
  })

  it('a part never exceeds the whole the source says it belongs to', () => {
    const PARTS: [part: string, whole: string][] = [
      ['major-projects-10bn-2023', 'major-projects-attracted-2023'],
      ['high-level-talent-2024-02-22', 'talent-pool-2024-02-22'],
      ['industrial-investment-2022', 'fixed-asset-investment-2022'],
    ]
    const problems = PARTS.filter(([part, whole]) => inBaseUnits(find(part)) > inBaseUnits(find(whole))).map(
      ([part, whole]) => `${part} exceeds ${whole}`,
    )
    const grade3a = targets.find((record) => record.id === 'grade-3a-hospitals-2024')
    const tertiary = targets.find((record) => record.id === 'tertiary-hospitals-2024')
    if (grade3a && tertiary && grade3a.value > tertiary.value) problems.push('grade-3a-hospitals-2024 exceeds tertiary-hospitals-2024')
    expect(problems).toEqual([])
  })

  it('a lower bound only where the passage says 超, 突破, 以上, "more than" or "above N"', () => {
    const bad = observations
      .filter((record) => record.bound === 'lower' && !/超|突破|以上|more than|above \d/.test(record.passage))
      .map((record) => `${record.id}: bound lower but "${record.passage}" states no bound`)
    expect(bad).toEqual([])
  })

  it('a top-N bound only for a rank whose passage says 前', () => {
    const bad = observations
      .filter((record) => record.bound === 'top' && (record.measure !== 'rank' || !record.passage.includes('前')))
      .map((record) => `${record.id}: bound top needs a rank and a 前N in "${record.passage}"`)
    expect(bad).toEqual([])
  })

  it('a count at multiplier 0 is a whole number (1.2万 may have decimals; 9.5 hospitals may not)', () => {
    const bad = [...observations, ...targets]
      .filter((record) => record.unit === 'count' && record.multiplier === 0 && !Number.isInteger(record.value))
      .map((record) => `${record.id}: ${record.value} is no whole count`)
    expect(bad).toEqual([])
  })

  it('every growth has a basis and nothing else has one', () => {
    const bad = [...observations, ...targets]
      .filter((record) => (record.measure === 'growth') !== (record.basis !== undefined))
      .map((record) => `${record.id}: measure ${record.measure} with basis ${String(record.basis)}`)
    expect(bad).toEqual([])
  })

  it('each measure carries its unit, and shares and ranks say among what', () => {
    const unitOf = new Map(indicators.map((indicator) => [indicator.id, indicator.unit]))
    const bad = observations.flatMap((record) => {
      const expected = record.measure === 'level' ? unitOf.get(record.indicator) : record.measure === 'rank' ? 'rank' : 'percent'
      // A US-dollar level of a money indicator is kept as published (where it may stand is currency.test.ts's rule).
      const dollars = record.measure === 'level' && record.unit === 'USD' && expected === 'CNY'
      const problems = record.unit === expected || dollars ? [] : [`${record.id}: unit ${record.unit}, expected ${String(expected)} for a ${record.measure}`]
      if (record.measure !== 'level' && record.multiplier !== 0) problems.push(`${record.id}: a ${record.measure} has multiplier 0`)
      if ((record.measure === 'share' || record.measure === 'rank') !== (record.rankAmong !== undefined)) {
        problems.push(`${record.id}: rankAmong is for shares and ranks, and they need it`)
      }
      return problems
    })
    expect(bad).toEqual([])
  })

  it('flows are for a year or months, stocks at a date', () => {
    const kindOf = new Map(indicators.map((indicator) => [indicator.id, indicator.kind]))
    const bad = observations
      .filter((record) => (kindOf.get(record.indicator) === 'stock') !== /^\d{4}-\d{2}-\d{2}$/.test(record.period))
      .map((record) => `${record.id}: period ${record.period} for a ${String(kindOf.get(record.indicator))} indicator`)
    expect(bad).toEqual([])
  })

  it('every observation is an actual; targets are elsewhere', () => {
    const bad = observations.filter((record) => record.status !== 'actual').map((record) => `${record.id}: status`)
    expect(bad).toEqual([])
  })
})
