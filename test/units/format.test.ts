import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { getObservation } from '../../src/query/getObservation.js'
import { getTarget } from '../../src/query/getTarget.js'
import type { ObservationId, TargetId } from '../../src/data/ids.js'
import type { Label, Multiplier, Unit } from '../../src/types.js'
import { format, type FormattableValue } from '../../src/units/format.js'

const nationally: Label = { zh: '全国', en: 'nationally', enOrigin: 'ours' }

describe('format', () => {
  it.each([
    { what: 'an amount in 亿元', record: { value: 3201.2, decimals: 1, unit: 'CNY', multiplier: 8 }, zh: '3,201.2亿元', en: 'CNY 320.12 billion' },
    { what: 'a lower bound', record: { value: 1400, decimals: 0, unit: 'CNY', multiplier: 8, bound: 'lower' }, zh: '超1,400亿元', en: 'over CNY 140 billion' },
    { what: 'a percentage with its published zero', record: { value: 6, decimals: 1, unit: 'percent', multiplier: 0 }, zh: '6.0%', en: '6.0%' },
    { what: 'more decimals than the data has', record: { value: 1.23456789, decimals: 8, unit: 'percent', multiplier: 0 }, zh: '1.23456789%', en: '1.23456789%' },
    { what: 'a negative percentage', record: { value: -2.3, decimals: 1, unit: 'percent', multiplier: 0 }, zh: '-2.3%', en: '-2.3%' },
    { what: 'a rank', record: { value: 1, decimals: 0, unit: 'rank', multiplier: 0, rankAmong: nationally }, zh: '全国第1', en: '1st nationally' },
    { what: 'a top-N rank', record: { value: 3, decimals: 0, unit: 'rank', multiplier: 0, bound: 'top', rankAmong: nationally }, zh: '全国前3', en: 'top 3 nationally' },
    { what: 'a rank without its ranking', record: { value: 2, decimals: 0, unit: 'rank', multiplier: 0 }, zh: '第2', en: '2nd' },
    { what: 'a rank of 13', record: { value: 13, decimals: 0, unit: 'rank', multiplier: 0 }, zh: '第13', en: '13th' },
    { what: 'a rank of 23', record: { value: 23, decimals: 0, unit: 'rank', multiplier: 0 }, zh: '第23', en: '23rd' },
    { what: 'billions, in 亿 for Chinese', record: { value: 549.17, decimals: 2, unit: 'CNY', multiplier: 9 }, zh: '5,491.7亿元', en: 'CNY 549.17 billion' },
    { what: 'whole billions', record: { value: 549, decimals: 0, unit: 'CNY', multiplier: 9 }, zh: '5,490亿元', en: 'CNY 549 billion' },
    { what: 'an amount under a billion', record: { value: 5.5, decimals: 1, unit: 'CNY', multiplier: 8 }, zh: '5.5亿元', en: 'CNY 550 million' },
    { what: 'an amount in 万元', record: { value: 12.5, decimals: 1, unit: 'CNY', multiplier: 4 }, zh: '12.5万元', en: 'CNY 125,000' },
    { what: 'yuan', record: { value: 800, decimals: 0, unit: 'CNY', multiplier: 0 }, zh: '800元', en: 'CNY 800' },
    { what: 'a count without a counter', record: { value: 1.2, decimals: 1, unit: 'count', multiplier: 8 }, zh: '1.2亿', en: '120 million' },
    { what: 'a target that must be exceeded (gt)', record: { value: 1600, decimals: 0, unit: 'CNY', multiplier: 8, comparator: 'gt' }, zh: '超1,600亿元', en: 'over CNY 160 billion' },
    { what: 'a share of a whole', record: { value: 61, decimals: 0, unit: 'percent', multiplier: 0, measure: 'share', rankAmong: { zh: '全省', en: 'Sichuan', enOrigin: 'ours' } }, zh: '占全省61%', en: '61% of Sichuan' },
    { what: 'a share without its whole', record: { value: 61, decimals: 0, unit: 'percent', multiplier: 0, measure: 'share' }, zh: '61%', en: '61%' },
  ] as { what: string; record: FormattableValue; zh: string; en: string }[])('writes $what as $zh / $en', ({ record, zh, en }) => {
    expect(format(record)).toBe(zh)
    expect(format(record, { locale: 'zh-CN' })).toBe(zh)
    expect(format(record, { locale: 'en' })).toBe(en)
  })

  it.each([
    { id: 'gdp-2023', zh: '3,201.2亿元', en: 'CNY 320.12 billion' },
    { id: 'gdp-growth-2023', zh: '6.0%', en: '6.0%' },
    { id: 'biomedical-industry-scale-2023', zh: '超1,400亿元', en: 'over CNY 140 billion' },
    { id: 'new-enterprises-2023', zh: '3.8万户', en: '38,000 enterprises' },
    { id: 'high-tech-enterprises-2024-02-22', zh: '4,781家', en: '4,781 enterprises' },
    { id: 'bonded-zone-trade-rank-2022', zh: '全国第1', en: '1st nationwide' },
    { id: 'angel-mother-fund-rank-2023', zh: '全国前3', en: 'top 3 nationwide' },
    { id: 'bonded-zone-trade-2020', zh: '5,491.7亿元', en: 'CNY 549.17 billion' },
  ] as { id: ObservationId; zh: string; en: string }[])('writes observation $id as $zh / $en, with the counter of its indicator', ({ id, zh, en }) => {
    expect([format(getObservation(id)), format(getObservation(id), { locale: 'en' })]).toEqual([zh, en])
  })

  it.each([
    { id: 'bio-industry-scale-bio-town-2024', zh: '超1,600亿元' },
    // 力争实现2600亿元: the source adds no 以上, and neither does format
    { id: 'gdp-target-2021', zh: '2,600亿元' },
    { id: 'total-output-target-2025', zh: '15,000亿元' },
  ] as { id: TargetId; zh: string }[])('writes target $id as $zh', ({ id, zh }) => {
    expect(format(getTarget(id))).toBe(zh)
  })

  it('prints the counter passed in options instead of the indicator’s', () => {
    const counter: Label = { zh: '户', en: 'firms', enOrigin: 'ours' }
    expect(format(getObservation('high-tech-enterprises-2024-02-22'), { locale: 'en', counter })).toBe('4,781 firms')
  })

  it.each([
    { why: 'a NaN value', record: { value: Number.NaN, decimals: 0, unit: 'CNY', multiplier: 8 }, options: {}, code: 'NOT_FINITE', input: 'record.value' },
    { why: 'fractional decimals', record: { value: 1, decimals: 0.5, unit: 'CNY', multiplier: 8 }, options: {}, code: 'NOT_INTEGER', input: 'record.decimals' },
    { why: 'negative decimals', record: { value: 1, decimals: -1, unit: 'CNY', multiplier: 8 }, options: {}, code: 'INVALID_ARGUMENT', input: 'record.decimals' },
    { why: 'infinite decimals', record: { value: 1, decimals: Number.POSITIVE_INFINITY, unit: 'CNY', multiplier: 8 }, options: {}, code: 'NOT_FINITE', input: 'record.decimals' },
    { why: 'a bad multiplier', record: { value: 1, decimals: 0, unit: 'CNY', multiplier: 3 }, options: {}, code: 'INVALID_ARGUMENT', input: 'record.multiplier' },
    { why: 'a fractional rank', record: { value: 1.5, decimals: 1, unit: 'rank', multiplier: 0 }, options: {}, code: 'NOT_INTEGER', input: 'record.value' },
    { why: '1.5 projects (a count at multiplier 0)', record: { value: 1.5, decimals: 1, unit: 'count', multiplier: 0, indicator: 'major-projects-attracted' }, options: {}, code: 'NOT_INTEGER', input: 'record.value' },
    { why: 'an unknown locale', record: { value: 1, decimals: 0, unit: 'CNY', multiplier: 0 }, options: { locale: 'fr' }, code: 'INVALID_ARGUMENT', input: 'options.locale' },
    { why: 'an unknown indicator', record: { value: 1, decimals: 0, unit: 'count', multiplier: 0, indicator: 'gpd' }, options: {}, code: 'UNKNOWN_ID', input: 'record.indicator' },
  ] as { why: string; record: FormattableValue; options: object; code: string; input: string }[])('refuses $why with $code naming $input', ({ record, options, code, input }) => {
    expect(() => format(record, options)).toThrow(expect.objectContaining({ code, input }))
  })

  it('round-trips the published decimals in both locales for any value', () => {
    const units = fc.constantFrom<Unit>('CNY', 'percent', 'count')
    const multipliers = fc.constantFrom<Multiplier>(0, 4, 8)
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 3 }), units, multipliers, (scaled, decimals, unit, multiplier) => {
        const value = Number((scaled / 10 ** decimals).toFixed(decimals))
        // A percent is unscaled; a fraction of a count is no count at multiplier 0, so it is counted in 万.
        const scale = unit === 'percent' ? 0 : unit === 'count' && !Number.isInteger(value) ? multiplier || 4 : multiplier
        const text = format({ value, decimals, unit, multiplier: scale })
        const digits = /-?[\d,]+(?:\.\d+)?/.exec(text)![0].replaceAll(',', '')
        // The Chinese text keeps the published figure digit for digit, trailing zeros included.
        expect(digits).toBe(value.toFixed(decimals))
        const english = format({ value, decimals, unit: 'CNY', multiplier }, { locale: 'en' })
        const [, number = '', word = ''] = /CNY (-?[\d,.]+)(?: (billion|million))?/.exec(english)!
        const power = { billion: 9, million: 6, '': 0 }[word]!
        const back = Number(number.replaceAll(',', '')) * 10 ** (power - multiplier)
        expect(Math.abs(back - value)).toBeLessThanOrEqual(Math.abs(value) * 1e-12)
      }),
      { numRuns: 2000 },
    )
  })
})
