import { describe, expect, it } from 'vitest'
import { displayWidth } from '../../src/cli/displayWidth.js'
import { wrapToWidth } from '../../src/cli/wrap.js'

describe('wrapToWidth', () => {
  it('breaks Chinese between characters, never inside a number with its unit', () => {
    expect(wrapToWidth('实现地区生产总值3201.2亿元', 12)).toEqual(['实现地区生产', '总值', '3201.2亿元'])
    expect(wrapToWidth('生物产业规模突破1600亿元', 10)).toEqual(['生物产业规', '模突破', '1600亿元'])
    expect(wrapToWidth('推动上市销售3200套以上', 12)).toEqual(['推动上市销售', '3200套以上'])
    expect(wrapToWidth('目标值超1,600亿元', 12)).toEqual(['目标值', '超1,600亿元'])
    expect(wrapToWidth('zone (1400 亿元 in 2023)', 14)).toEqual(['zone', '(1400 亿元 in', '2023)'])
  })
  it('keeps an English amount with its bound and scale', () => {
    expect(wrapToWidth('value over CNY 160 billion', 22)).toEqual(['value', 'over CNY 160 billion'])
    expect(wrapToWidth('above 24,000 people', 14)).toEqual(['above', '24,000 people'])
  })
  it('keeps dates and ids whole, breaking at a hyphen only when one is wider than the line', () => {
    expect(wrapToWidth('期限 2024-12-31', 12)).toEqual(['期限', '2024-12-31'])
    expect(wrapToWidth('gdp-2023 (2024-12-31)', 12)).toEqual(['gdp-2023', '(2024-12-31)'])
    expect(wrapToWidth('breakthrough-smart-digital-transformation-2024', 20)).toEqual(['breakthrough-smart-', 'digital-', 'transformation-2024'])
  })
  it('breaks English at spaces', () => {
    expect(wrapToWidth('the quick brown fox jumps', 10)).toEqual(['the quick', 'brown fox', 'jumps'])
  })
  it('breaks mixed text next to Chinese characters, not only at spaces', () => {
    expect(wrapToWidth('China High-tech Network · 成都高新区加快发展', 36)).toEqual(['China High-tech Network · 成都高新区', '加快发展'])
  })
  it('keeps closing punctuation off the start of a line', () => {
    const lines = wrapToWidth('二者口径可能不同。', 16)
    expect(lines).toEqual(['二者口径可能不', '同。'])
  })
  it('keeps opening punctuation off the end of a line', () => {
    expect(wrapToWidth('突出“兴产聚人”', 6)).toEqual(['突出', '“兴产', '聚人”'])
  })
  it('cuts a word longer than the line', () => {
    expect(wrapToWidth('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij'])
  })
  it('keeps line breaks and never exceeds the width', () => {
    const lines = wrapToWidth('第一行\n第二行很长很长很长很长，还有标点。', 8)
    expect(lines[0]).toBe('第一行')
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(8)
  })
  it('gives one empty line for empty text', () => {
    expect(wrapToWidth('', 10)).toEqual([''])
  })
})
