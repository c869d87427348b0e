import { beforeAll, describe, expect, it } from 'vitest'
import { displayWidth, loadStringWidth, padToWidth, truncateToWidth } from '../../src/cli/displayWidth.js'

// The CLI loads string-width on demand (test/cli/simpleWidth.test.ts covers that path); these
// cases measure emoji and combining marks, so load it first.
beforeAll(loadStringWidth)

describe('displayWidth of one character (string-width, ambiguous as narrow)', () => {
  it.each([
    ['a', 1],
    ['区', 2], // CJK unified ideograph
    ['，', 2], // fullwidth comma
    ['（', 2], // fullwidth parenthesis
    ['、', 2], // CJK punctuation
    ['“', 1], // ambiguous: one column outside CJK locales
    ['…', 1],
    ['가', 2], // Hangul syllable
    ['カ', 2], // katakana
    ['ｶ', 1], // halfwidth katakana
    ['￥', 2], // fullwidth yen
    ['𠀀', 2], // CJK extension B (astral)
    ['😀', 2],
    ['\u0301', 0], // combining acute accent
    ['\u200b', 0], // zero-width space
    ['\ufeff', 0], // byte order mark
    ['\u0007', 0], // control character
    ['', 0],
  ] as const)('%j takes %i columns', (char, width) => {
    expect(displayWidth(char)).toBe(width)
  })
})

describe('displayWidth', () => {
  it.each([
    ['', 0],
    ['GDP', 3],
    ['地区生产总值', 12],
    ['GDP 地区生产总值', 16],
    ['3,201.2亿元', 11],
    ['e\u0301', 1],
  ])('%j is %i columns wide', (text, width) => {
    expect(displayWidth(text)).toBe(width)
  })
})

describe('truncateToWidth', () => {
  it('leaves text that fits alone', () => {
    expect(truncateToWidth('成都高新区', 10)).toBe('成都高新区')
  })
  it('cuts by columns and ends with an ellipsis', () => {
    expect(truncateToWidth('成都高新区', 6)).toBe('成都…')
    expect(truncateToWidth('Chengdu Hi-tech Zone', 8)).toBe('Chengdu…')
  })
  it('drops a wide character that would straddle the limit', () => {
    // 成都 is 4 columns, the ellipsis 1: a third character does not fit in 6.
    expect(truncateToWidth('成都高新区', 7)).toBe('成都高…')
    expect(displayWidth(truncateToWidth('成都高新区', 8))).toBeLessThanOrEqual(8)
  })
  it('gives nothing for no room', () => {
    expect(truncateToWidth('abc', 0)).toBe('')
    expect(truncateToWidth('abc', 1)).toBe('…')
  })
})

describe('padToWidth', () => {
  it('pads by display width, not string length', () => {
    expect(padToWidth('增长', 6)).toBe('增长  ')
    expect(padToWidth('6.0%', 6, 'right')).toBe('  6.0%')
  })
  it('fills to the exact width after truncating', () => {
    for (const width of [1, 2, 3, 4, 5, 6, 7]) expect(displayWidth(padToWidth('成都高新区', width))).toBe(width)
  })
})
