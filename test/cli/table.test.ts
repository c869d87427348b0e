import { describe, expect, it } from 'vitest'
import { displayWidth } from '../../src/cli/displayWidth.js'
import { columnWidths, renderFields, renderTable } from '../../src/cli/table.js'

const lines = (text: string): string[] => text.replace(/\n$/, '').split('\n')
const columns3 = () => [{ header: 'id' }, { header: 'a', shrink: true }, { header: 'b', shrink: true, minWidth: 4 }]

describe('columnWidths', () => {
  it('takes the widest of header and cells, by display width', () => {
    expect(columnWidths([{ header: 'id' }, { header: 'label' }], [['gdp', '地区生产总值']])).toEqual([3, 12])
  })
  // Free text of short words (20 and 30 columns): it may wrap at any of its spaces.
  const words20 = `${'aaa '.repeat(4)}aaaa`
  const words30 = `${'bbb '.repeat(7)}bb`
  it('shrinks the widest shrinkable column first, down to its minimum', () => {
    const columns = [{ header: 'id' }, { header: 'a', shrink: true }, { header: 'b', shrink: true, minWidth: 4 }]
    expect(columnWidths(columns, [['x', words20, words30]], 30)).toEqual([2, 12, 12])
    expect(columnWidths(columns, [['x', words20, words30]], 18)).toEqual([2, 8, 4])
    expect(columnWidths(columns3(), [['x', words20, words30]], 17)).toBeNull()
  })
  it('keeps a value column whole: an id, a date or a number with its unit is never split', () => {
    expect(columnWidths([{ header: 'id' }], [['a-very-long-id']], 14)).toEqual([14])
    expect(columnWidths([{ header: 'id' }], [['a-very-long-id']], 13)).toBeNull()
    expect(columnWidths([{ header: '期限' }], [['2024-12-31']], 9)).toBeNull()
    expect(columnWidths([{ header: '目标值' }], [['超1,600亿元']], 10)).toBeNull()
    expect(columnWidths([{ header: 'value' }], [['over CNY 160 billion']], 19)).toBeNull()
  })
  it('narrows free text no further than its widest token', () => {
    // 1600亿元 takes 8 columns: the label may wrap before it, not inside it.
    const columns = [{ header: 'id' }, { header: '名称', shrink: true, minWidth: 4 }]
    expect(columnWidths(columns, [['x', '生物产业规模突破1600亿元']], 12)).toEqual([2, 8])
    expect(columnWidths(columns, [['x', '生物产业规模突破1600亿元']], 11)).toBeNull()
    // Without a token the minimum holds: wrapping between Chinese characters is fine.
    expect(columnWidths(columns, [['x', '生物产业规模突破']], 8)).toEqual([2, 4])
  })
  it('lets a header wrap at its spaces but not inside a word', () => {
    expect(columnWidths([{ header: 'Days left' }], [['12']], 5)).toEqual([5])
    expect(columnWidths([{ header: 'Days left' }], [['12']], 3)).toBeNull()
  })
})

describe('renderTable', () => {
  it('aligns Chinese and Latin cells by display width', () => {
    const text = renderTable(
      [{ header: '指标' }, { header: '数值', align: 'right' }, { header: 'growth', align: 'right' }],
      [
        ['地区生产总值', '3,201.2亿元', '6.0%'],
        ['GDP', '1', '13.3%'],
      ],
    )
    const rows = lines(text)
    expect(rows[0]).toBe(`指标${' '.repeat(17)}数值  growth`)
    expect(rows[1]).toBe('------------  -----------  ------')
    expect(rows[2]).toBe('地区生产总值  3,201.2亿元    6.0%')
    expect(rows[3]).toBe('GDP                     1   13.3%')
    // Every line ends at the same column: the right-aligned last column lines up.
    expect(new Set(rows.map(displayWidth))).toEqual(new Set([33]))
  })
  it('fits the width by wrapping shrinkable cells onto more lines, cutting nothing', () => {
    const passage = '实现地区生产总值3201.2亿元、增长6.0%；一般公共预算收入完成300.5亿元，同比增长13.3%'
    const text = renderTable([{ header: 'id' }, { header: 'passage', shrink: true }], [['gdp-2023', passage], ['x', 'y']], { maxWidth: 40 })
    for (const row of lines(text)) expect(displayWidth(row)).toBeLessThanOrEqual(40)
    expect(lines(text)[2]).toMatch(/^gdp-2023 {2}实现/)
    expect(lines(text)[3]).toMatch(/^ {10}\S/)
    expect(text).not.toContain('…')
    expect(lines(text).slice(2, -1).map((line) => line.slice(10)).join('')).toBe(passage)
    expect(lines(text).at(-1)).toBe('x         y')
  })
  it('stacks the records in Chinese as in English when a value would not fit whole', () => {
    const columns = [{ header: '目标', shrink: true, minWidth: 12 }, { header: '目标值', align: 'right' as const }, { header: '期限' }]
    const rows = [['生物产业规模突破1600亿元', '超1,600亿元', '2024-12-31']]
    // 12 + 2 + 11 + 2 + 10 = 37 columns: a table at 37, stacked records at 36.
    expect(lines(renderTable(columns, rows, { maxWidth: 37 }))).toEqual([
      `目标${' '.repeat(15)}目标值  期限`,
      '------------  -----------  ----------',
      '生物产业规模  超1,600亿元  2024-12-31',
      '突破1600亿元',
    ])
    expect(lines(renderTable(columns, rows, { maxWidth: 36 }))).toEqual(['目标    生物产业规模突破1600亿元', '目标值  超1,600亿元', '期限    2024-12-31'])
  })
  it('prints each row as named fields when fixed columns leave no room', () => {
    const text = renderTable([{ header: 'id' }, { header: 'value', align: 'right' }], [['gdpgrowth2021q1q3', '3,201.2'], ['b', '']], { maxWidth: 24 })
    expect(lines(text)).toEqual(['id     gdpgrowth2021q1q3', 'value  3,201.2', '', 'id     b'])
  })
  it('leaves no trailing spaces and ends with a line break', () => {
    const text = renderTable([{ header: 'a' }, { header: 'b' }], [['x', '']])
    expect(text.endsWith('\n')).toBe(true)
    for (const row of lines(text)) expect(row).toBe(row.trimEnd())
  })
  it('styles the header line only', () => {
    const text = renderTable([{ header: 'a' }], [['x']], { styleHeader: (line) => `<${line}>` })
    expect(lines(text)).toEqual(['<a>', '-', 'x'])
  })
})

describe('renderFields', () => {
  it('aligns values after the widest name', () => {
    expect(renderFields([['id', 'gdp'], ['单位', '亿元']], 40)).toBe('id    gdp\n单位  亿元\n')
  })
  it('puts a value whose token is wider than the value column below its name, whole', () => {
    // 36 columns leave 18 for values: the amount (20) goes below, not split at its spaces.
    expect(renderFields([['a name this long', 'over CNY 160 billion']], 36)).toBe('a name this long\n  over CNY 160 billion\n')
    expect(renderFields([['a name this long', 'over CNY 160 billion']], 38)).toBe('a name this long  over CNY 160 billion\n')
  })
  it('wraps long values under the value column', () => {
    const text = renderFields([['passage', '实现地区生产总值3201.2亿元、增长6.0%；一般公共预算收入完成300.5亿元']], 40)
    const rows = lines(text)
    expect(rows.length).toBeGreaterThan(1)
    for (const row of rows) expect(displayWidth(row)).toBeLessThanOrEqual(40)
    expect(rows[1]?.startsWith(' '.repeat(9))).toBe(true)
  })
})
