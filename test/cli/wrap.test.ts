import { describe, expect, it } from 'vitest'
import { displayWidth } from '../../src/cli/displayWidth.js'
import { wrapToWidth } from '../../src/cli/wrap.js'

describe('wrapToWidth', () => {
  it('breaks Chinese between characters, never inside a number', () => {
    expect(wrapToWidth('实现地区生产总值3201.2亿元', 12)).toEqual(['实现地区生产', '总值3201.2亿', '元'])
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
