import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { consumerDir, excelCopiesDir } from './_consumer.js'

// What a spreadsheet does to the shipped CSV, with LibreOffice headless (Debian's
// libreoffice-calc-nogui: `apt-get install --no-install-recommends libreoffice-calc-nogui`):
// each file is imported with the CSV filter and saved back as CSV, where a quoted field was text
// and an unquoted one a number or date. docs/data-teams.md (Spreadsheets) states these results.
const exportDir = (): string => join(consumerDir(), 'node_modules/cdht-data/data/export')
// Comma, double quote, UTF-8 (76), from line 1; then optional column formats (column/2 = text).
const UTF8_CSV = '44,34,76,1'

function throughCalc(file: string, columnFormats = ''): string[] {
  const work = mkdtempSync(join(tmpdir(), 'cdht-calc-'))
  const input = join(work, 'in.csv')
  copyFileSync(file, input)
  const filter = columnFormats === '' ? `CSV:${UTF8_CSV}` : `CSV:${UTF8_CSV},${columnFormats}`
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${work}/profile`, `--infilter=${filter}`, '--convert-to', `csv:Text - txt - csv (StarCalc):${UTF8_CSV}`, '--outdir', join(work, 'out'), input], {
    stdio: 'ignore',
    timeout: 60_000,
  })
  return readFileSync(join(work, 'out/in.csv'), 'utf8').split(/\r?\n/)
}
const row = (lines: readonly string[], id: string): string => lines.find((line) => line.startsWith(`"${id}",`)) ?? ''
const header = (lines: readonly string[]): string[] => (lines[0] ?? '').split(',').map((name) => name.replaceAll('"', ''))
const cell = (lines: readonly string[], id: string, column: string): string => row(lines, id).split(',')[header(lines).indexOf(column)] ?? ''

describe('the CSV exports in a spreadsheet (LibreOffice Calc, headless)', () => {
  it('turns a year period into a number and 6.0 into 6 when it guesses the types, but keeps a month interval as text', () => {
    const lines = throughCalc(join(exportDir(), 'csv/observations.csv'))
    expect([cell(lines, 'gdp-growth-2023', 'period'), cell(lines, 'gdp-growth-2023', 'value')]).toEqual(['2023', '6'])
    expect(cell(lines, 'gdp-2021-01-2021-09', 'period')).toBe('"2021-01/2021-09"')
    expect(row(lines, 'gdp-2023')).toContain('实现地区生产总值3201.2亿元')
  })

  it('keeps "2023" and "6.0" when period and value are imported as text', () => {
    const lines = throughCalc(join(exportDir(), 'csv/observations.csv'))
    const columns = header(lines)
    const asText = ['period', 'value'].map((name) => `${columns.indexOf(name) + 1}/2`).join('/')
    const typed = throughCalc(join(exportDir(), 'csv/observations.csv'), asText)
    expect([cell(typed, 'gdp-growth-2023', 'period'), cell(typed, 'gdp-growth-2023', 'value')]).toEqual(['"2023"', '"6.0"'])
  })

  it('reads the Excel copy (`export --format csv --bom`) as UTF-8: the byte order mark is not part of the first column name, the Chinese survives', () => {
    const lines = throughCalc(join(excelCopiesDir(), 'csv-excel/observations.csv'))
    expect(header(lines)[0]).toBe('id')
    expect(row(lines, 'gdp-2023')).toContain('实现地区生产总值3201.2亿元')
  })
})
