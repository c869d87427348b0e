import { describe, expect, it } from 'vitest'
import { cagr } from '../../src/growth/cagr.js'
import { growthRate } from '../../src/growth/growthRate.js'
import { impliedPrevious } from '../../src/growth/impliedPrevious.js'
import { getObservation } from '../../src/query/getObservation.js'
import { getTarget } from '../../src/query/getTarget.js'
import { ObservationSchema, TargetSchema } from '../../src/schema/records.js'
import { MAX_DECIMALS, boundFitsMeasure, countIsWhole, coverageFitsScope } from '../../src/_internal/figureRules.js'
import { assessTarget } from '../../src/targets/assessTarget.js'
import { requiredGrowth } from '../../src/targets/requiredGrowth.js'
import { targetGap } from '../../src/targets/targetGap.js'
import { format } from '../../src/units/format.js'

// A record that contradicts itself is refused by the record check every helper runs, by the zod
// schemas, and (for the multiplier) by the JSON Schemas: test/schema/brokenRecords.ts holds the
// cases ajv and zod both run.
const gdp2023 = getObservation('gdp-2023')
const gdp2022 = getObservation('gdp-2022')
const growth2023 = getObservation('gdp-growth-2023')

describe('a value with more decimals than its record states', () => {
  const tooFew = { ...gdp2023, decimals: 0 } // 3201.2 with decimals: 0 (docs/data-teams.md)
  const tooMany = { ...gdp2023, value: 3201.25 } // decimals: 1

  it.each([
    ['growthRate (current)', () => growthRate(tooFew, gdp2022), 'current.decimals'],
    ['growthRate (previous)', () => growthRate(gdp2023, { ...gdp2022, value: 3015.85 }), 'previous.decimals'],
    ['cagr', () => cagr(getObservation('gdp-2020'), tooMany), 'last.decimals'],
    ['impliedPrevious', () => impliedPrevious(tooMany, growth2023), 'current.decimals'],
    ['targetGap (target)', () => targetGap({ ...getTarget('gdp-target-2021'), value: 2600.5 }, 2800), 'target.decimals'],
    ['targetGap (actual)', () => targetGap('gdp-target-2021', { ...getObservation('gdp-2021'), value: 2800.61 }), 'actual.decimals'],
    ['assessTarget (actual)', () => assessTarget('gdp-target-2021', { on: '2024-01-01', actual: { ...getObservation('gdp-2021'), value: 2800.61 } }), 'options.actual.decimals'],
    ['requiredGrowth', () => requiredGrowth('gdp-target-2021', { ...getObservation('gdp-2020'), value: 2400.5 }), 'current.decimals'],
    ['format', () => format(tooMany), 'record.decimals'],
  ])('%s refuses it with INVALID_ARGUMENT naming %s', (_name, call, input) => {
    expect(call).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', input }))
  })

  it('the zod schema refuses it too', () => {
    expect([ObservationSchema.safeParse(tooFew).success, ObservationSchema.safeParse(tooMany).success]).toEqual([false, false])
  })
})

describe('a percent or a rank with a multiplier other than 0', () => {
  const percentOfYi = { ...growth2023, multiplier: 8 as const }

  it.each([
    ['growthRate', () => growthRate(percentOfYi, getObservation('gdp-growth-2021')), 'current.multiplier'],
    ['impliedPrevious', () => impliedPrevious(gdp2023, percentOfYi), 'growth.multiplier'],
    ['targetGap', () => targetGap({ ...getTarget('gdp-growth-target-2021'), multiplier: 4 }, 9), 'target.multiplier'],
    ['format', () => format({ value: 3201.2, decimals: 1, unit: 'percent', multiplier: 8 }), 'record.multiplier'],
  ])('%s refuses it with INVALID_ARGUMENT naming %s', (_name, call, input) => {
    expect(call).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', input }))
  })

  it('the zod schemas refuse it', () => {
    expect(ObservationSchema.safeParse(percentOfYi).success).toBe(false)
    expect(TargetSchema.safeParse({ ...getTarget('gdp-growth-target-2021'), multiplier: 4 }).success).toBe(false)
  })

  it('still accepts a count in 万 and money in 亿', () => {
    expect(ObservationSchema.safeParse(getObservation('new-enterprises-2023')).success).toBe(true)
    expect(format({ value: 3.8, decimals: 1, unit: 'count', multiplier: 4 })).toBe('3.8万')
  })
})

// A top-N bound belongs to a rank, and a coverage to the bonded zone's figures: the schemas refuse
// what the helpers cannot read (growthRate refuses a top-N level; a coverage on a cdht figure
// would count as a coverage break against the next one).
describe('a bound or a coverage the figure cannot have', () => {
  const topRank = getObservation('angel-mother-fund-rank-2023')
  const bonded = getObservation('bonded-zone-trade-2019')

  it('the rules say which', () => {
    expect([boundFitsMeasure({ bound: 'top', measure: 'rank' }), boundFitsMeasure({ bound: 'top', measure: 'level' }), boundFitsMeasure({ bound: 'lower', measure: 'level' })]).toEqual([true, false, true])
    expect([coverageFitsScope(bonded), coverageFitsScope({ ...bonded, coverage: undefined }), coverageFitsScope(gdp2023), coverageFitsScope({ ...gdp2023, coverage: 'unstated' })]).toEqual([true, false, true, false])
  })

  it('ObservationSchema refuses them, naming the field', () => {
    const uncovered: Record<string, unknown> = { ...bonded }
    delete uncovered.coverage
    const fields = [{ ...gdp2023, bound: 'top' }, { ...gdp2023, coverage: 'unstated' }, uncovered].map((record) => ObservationSchema.safeParse(record).error?.issues.map((issue) => [issue.path.join('.'), issue.message]))
    expect(fields).toEqual([
      [['bound', 'bound top (within the top N) is for a rank only']],
      [['coverage', 'coverage is required for the bonded-zone scope and forbidden otherwise']],
      [['coverage', 'coverage is required for the bonded-zone scope and forbidden otherwise']],
    ])
    expect([ObservationSchema.safeParse(topRank).success, ObservationSchema.safeParse(bonded).success]).toEqual([true, true])
  })

  it('growthRate refuses a top-N level as the schema does', () => {
    expect(() => growthRate({ ...gdp2023, bound: 'top' }, gdp2022)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', input: 'current.bound' }))
  })
})

// The schemas, format and the record check take one range of decimals, the one format documents (0–20).
describe('decimals from 0 to 20', () => {
  const tiny = { ...gdp2023, value: 0.0000012, decimals: 7 } // 120 yuan in 亿: seven decimals

  it('all accept seven decimals, which the schema capped at six before', () => {
    expect(ObservationSchema.safeParse(tiny).success).toBe(true)
    expect(format(tiny)).toBe('0.0000012亿元')
    expect(growthRate({ ...tiny, value: 0.0000024, period: '2024' }, tiny).percent).toBe(100)
  })

  it('all refuse 21, naming decimals', () => {
    const over = { ...gdp2023, value: 1, decimals: 21 }
    expect(ObservationSchema.safeParse(over).error?.issues.map((issue) => issue.path.join('.'))).toEqual(['decimals'])
    expect(() => format(over)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', input: 'record.decimals' }))
    expect(() => growthRate(over, gdp2022)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', input: 'current.decimals' }))
    expect(MAX_DECIMALS).toBe(20)
  })
})

// 9.5 hospitals is no count; 1.2万 people is (REPORT8 §7). A rank already refuses a fraction.
describe('a count at multiplier 0 is a whole number', () => {
  const enterprises = getObservation('high-tech-enterprises-2022-12-31') // 4320, a stock of enterprises
  const halfEnterprise = { ...enterprises, value: 4320.5, decimals: 1 }

  it('the rule says which', () => {
    expect([countIsWhole(enterprises), countIsWhole(halfEnterprise), countIsWhole({ ...halfEnterprise, multiplier: 4 }), countIsWhole({ ...gdp2023, value: 0.5 }), countIsWhole({ value: -3, unit: 'count', multiplier: 0 })]).toEqual([true, false, true, true, true])
  })

  it('the zod schemas refuse a fraction, naming value, and keep a count in 万', () => {
    expect(ObservationSchema.safeParse(halfEnterprise).error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['value', 'a count is a whole number of things at its multiplier (5.00001万 people is not)']])
    const hospitals = getTarget('tertiary-hospitals-2024')
    expect(TargetSchema.safeParse({ ...hospitals, value: 9.5, decimals: 1 }).success).toBe(false)
    expect([ObservationSchema.safeParse({ ...halfEnterprise, multiplier: 4 }).success, TargetSchema.safeParse(getTarget('bio-town-population-2024')).success]).toEqual([true, true])
  })

  it.each([
    ['growthRate', 'current.value', () => growthRate(halfEnterprise, getObservation('high-tech-enterprises-2020-12-31'))],
    ['targetGap (target)', 'target.value', () => targetGap({ ...getTarget('tertiary-hospitals-2024'), value: 9.5, decimals: 1 }, 9)],
    ['format', 'record.value', () => format(halfEnterprise)],
    ['format of a bare value', 'record.value', () => format({ value: 1.5, decimals: 1, unit: 'count', multiplier: 0 })],
  ])('%s refuses it with NOT_INTEGER naming %s', (_name, input, call) => {
    expect(call).toThrow(expect.objectContaining({ code: 'NOT_INTEGER', input }))
  })

  it('format prints a count in 万 with its decimals, and a bare whole count below zero (a change)', () => {
    expect([format({ ...halfEnterprise, multiplier: 4 }), format({ value: -3, decimals: 0, unit: 'count', multiplier: 0 }, { locale: 'en' })]).toEqual(['4,320.5万家', '-3'])
  })
})
