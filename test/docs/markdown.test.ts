import { describe, expect, it } from 'vitest'
import { code, escapeMarkdown, table } from '../../scripts/docs/markdown.js'

describe('escapeMarkdown', () => {
  it.each([
    ['a pipe, which would split a table cell', '甲|乙', '甲\\|乙'],
    ['emphasis and code markers', '*超* _x_ `y`', '\\*超\\* \\_x\\_ \\`y\\`'],
    ['HTML, which TypeDoc would render', '<b>x</b>', '&lt;b&gt;x&lt;/b&gt;'],
    ['line breaks, which would end a table row', 'a\nb\r\nc', 'a b c'],
    ['plain Chinese text', '实现地区生产总值3201.2亿元、增长6.0%', '实现地区生产总值3201.2亿元、增长6.0%'],
  ])('escapes %s', (_what, text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped)
  })
})

describe('code', () => {
  it('wraps an id and refuses a backtick', () => {
    expect(code('gdp-2023')).toBe('`gdp-2023`')
    expect(() => code('a`b')).toThrow('backtick')
  })
})

describe('table', () => {
  it('writes a header, a separator and the rows', () => {
    expect(table(['a', 'b'], [['1', '2']])).toEqual(['| a | b |', '| --- | --- |', '| 1 | 2 |'])
  })

  it('refuses a row with the wrong number of cells', () => {
    expect(() => table(['a', 'b'], [['1']])).toThrow('1 cells for 2 columns')
  })
})
