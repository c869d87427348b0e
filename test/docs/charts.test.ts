import { describe, expect, it } from 'vitest'
import { renderBarChart } from '../../scripts/docs/barChart.js'
import { gdpByYear, growth2023 } from '../../scripts/docs/charts.js'
import { docsDataset } from './_dataset.js'

describe('growth2023', () => {
  it('has a bar per growth rate reported for 2023, largest first, with its price basis', () => {
    const chart = growth2023(docsDataset)
    expect(chart.bars.map((bar) => [bar.label, bar.valueText])).toEqual([
      ['一般公共预算收入', '13.3% · nominal'],
      ['地区生产总值', '6.0% · real'],
    ])
    expect(chart.bars[0]!.sublabel).toBe('Budget revenue †')
  })
})

describe('gdpByYear', () => {
  const chart = gdpByYear(docsDataset)

  it('draws the latest vintage of each full year, oldest first', () => {
    expect(chart.bars.map((bar) => [bar.label, bar.valueText])).toEqual([
      ['2020', '超2,400亿元 · over CNY 240 billion'],
      ['2022', '3,015.8亿元 · CNY 301.58 billion'],
      ['2023', '3,210亿元 · CNY 321 billion'],
    ])
  })

  it('marks lower bounds and says when no growth was reported', () => {
    expect(chart.bars.map((bar) => bar.lowerBound)).toEqual([true, false, false])
    expect(chart.bars[1]!.sublabel).toBe('growth not reported')
    expect(chart.bars[2]!.sublabel).toBe('growth 6.0% (real)')
  })
})

describe('renderBarChart', () => {
  const bar = { label: '甲', sublabel: 'A', lowerBound: false }

  it('scales bars to the largest value and escapes text', () => {
    const svg = renderBarChart({ title: 'T <&>', footnotes: ['n'], bars: [{ ...bar, value: 10, valueText: '10' }, { ...bar, value: 5, valueText: '5' }] })
    const widths = [...svg.matchAll(/<rect x="[^"]*" y="[^"]*" width="([\d.]+)"/g)].map((match) => Number(match[1]))
    expect(widths[0]).toBeCloseTo(widths[1]! * 2, 0)
    expect(svg).toContain('T &#60;&#38;&#62;')
  })

  it('draws a lower bound open and dashed, and a negative value left of the axis', () => {
    const svg = renderBarChart({ title: 'T', footnotes: [], bars: [{ ...bar, value: 4, valueText: '超4', lowerBound: true }, { ...bar, value: -2, valueText: '-2' }] })
    expect(svg).toMatch(/<rect [^>]*fill="none"[^>]*stroke-dasharray="5 3"/)
    const [open, negative] = [...svg.matchAll(/<rect x="([\d.]+)"/g)].map((match) => Number(match[1]))
    expect(negative).toBeLessThan(open!)
  })

  it('refuses an empty chart', () => {
    expect(() => renderBarChart({ title: 'T', footnotes: [], bars: [] })).toThrow('no bars')
  })
})
