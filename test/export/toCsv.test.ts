import { describe, expect, it } from 'vitest'
import { toCsv } from '../../src/export/toCsv.js'
import type { Cell, Table } from '../../src/export/types.js'

const tableOf = (cells: Cell[]): Table => ({
  name: 't',
  title: 'T',
  description: 'A table',
  primaryKey: ['a'],
  columns: cells.map((_, index) => ({ name: `c${index}`, type: 'string', description: '', required: false })),
  rows: [cells],
})

describe('toCsv', () => {
  it.each<[string, Cell, string]>([
    ['plain text as is', '成都高新区', '成都高新区'],
    ['a number', 3201.2, '3201.2'],
    ['a boolean', true, 'true'],
    ['null as an empty field', null, ''],
    ['an empty string quoted, so it differs from null', '', '""'],
    ['a comma quoted', 'a,b', '"a,b"'],
    ['quotes doubled and quoted', 'say "hi"', '"say ""hi"""'],
    ['a line break quoted', 'a\nb', '"a\nb"'],
    ['edge spaces quoted', ' a ', '" a "'],
  ])('writes %s', (_name, cell, field) => {
    expect(toCsv(tableOf([cell]))).toBe(`c0\r\n${field}\r\n`)
  })

  it('writes a header row, then one CRLF-terminated line per row', () => {
    const table: Table = { ...tableOf(['x', 1]), rows: [['x', 1], ['y', null]] }
    expect(toCsv(table)).toBe('c0,c1\r\nx,1\r\ny,\r\n')
  })

  it('starts with a UTF-8 byte order mark only when asked', () => {
    const table = tableOf(['成都'])
    expect(toCsv(table, { bom: true })).toBe(`\uFEFF${toCsv(table)}`)
    expect(Buffer.from(toCsv(table, { bom: true })).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    expect(toCsv(table).startsWith('\uFEFF')).toBe(false)
  })
})
