import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportFiles } from '../../src/export/exportFiles.js'
import { BASE_VALUE_AT } from '../../src/export/ndjsonRecords.js'
import { buildTables } from '../../src/export/tables.js'
import type { Dataset } from '../../src/export/types.js'
import type { Erratum } from '../../src/release/types.js'
import { readDataset } from '../../scripts/lib/readDataset.js'
import { strictAjv } from '../schema/strictAjv.js'

// The NDJSON files built from data/ against the shipped JSON Schemas (ajv, strict mode): a
// line of observations, targets or projects against its line schema, any other line against
// the items of its record schema; and baseValue checked by integer arithmetic, not by the
// decimal code that wrote it.
const dataDir = join(import.meta.dirname, '../../data')
type Line = Record<string, unknown>
const dataset: Dataset = { ...readDataset(dataDir), errata: JSON.parse(readFileSync(join(dataDir, 'errata.json'), 'utf8')) as Erratum[] }
const files = exportFiles(dataset, { version: '0.0.0', released: '2026-01-01' })
const linesOf = (name: string): Line[] =>
  files.find((file) => file.path === `ndjson/${name}.ndjson`)!.content.trimEnd().split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Line)
const schema = (file: string): Line => JSON.parse(readFileSync(join(dataDir, 'schema', file), 'utf8')) as Line
const ajv = strictAjv()
// A line of a collection without values is a record: one item of the array data/<name>.json holds.
const validLine = (name: string): ((line: unknown) => boolean) => {
  if (!Object.hasOwn(BASE_VALUE_AT, name)) {
    const validate = ajv.compile(schema(`${name}.schema.json`))
    return (line) => validate([line])
  }
  const validate = ajv.compile(schema(`${name}.ndjson.schema.json`))
  return (line) => validate(line)
}
const NAMES = files.filter((file) => file.path.startsWith('ndjson/')).map((file) => file.path.replace(/^ndjson\/(.*)\.ndjson$/, '$1'))
const VALUED = Object.keys(BASE_VALUE_AT) as (keyof typeof BASE_VALUE_AT)[]
/** The figure of a line that carries baseValue: the line itself, or the field BASE_VALUE_AT names. */
const figuresOf = (name: keyof typeof BASE_VALUE_AT): Line[] =>
  linesOf(name).flatMap((line) => (BASE_VALUE_AT[name] === '' ? [line] : line[BASE_VALUE_AT[name]] === undefined ? [] : [line[BASE_VALUE_AT[name]] as Line]))

/** A decimal string as an integer over a power of ten: '433.01' is 43301 / 10². */
function fraction(decimal: string): [bigint, bigint] {
  const [whole, part = ''] = decimal.split('.')
  return [BigInt(`${whole}${part}`), 10n ** BigInt(part.length)]
}

describe('the NDJSON export lines against the shipped JSON Schemas (ajv, strict)', () => {
  it('covers every collection and the errata, and gives a line schema to each collection with values', () => {
    expect(NAMES).toHaveLength(13)
    expect(VALUED).toEqual(['observations', 'targets', 'projects'])
  })

  it.each(NAMES)('every line of %s.ndjson validates', (name) => {
    const valid = validLine(name)
    const lines = linesOf(name)
    expect(lines.filter((line) => !valid(line)).map((line) => line.id)).toEqual([])
    expect(lines.length).toBe((dataset[name as keyof Dataset] ?? []).length)
  })

  it.each(VALUED)('a %s line without baseValue, or with it in another notation, is refused', (name) => {
    const valid = validLine(name)
    const at = BASE_VALUE_AT[name]
    const withBase = (baseValue: unknown): Line => {
      const line = linesOf(name).find((candidate) => at === '' || candidate[at] !== undefined)!
      const target = at === '' ? line : (line[at] as Line)
      if (baseValue === undefined) delete target.baseValue
      else target.baseValue = baseValue
      return line
    }
    expect([undefined, 320120000000, '3.2012e11', '320120000000.0', '0320'].map((bad) => valid(withBase(bad)))).toEqual([false, false, false, false, false])
  })

  it.each(VALUED)('the data/%s.json record schema stays closed: a record with baseValue is refused', (name) => {
    const records = linesOf(name)
    expect(ajv.validate(schema(`${name}.schema.json`), records)).toBe(false)
    expect(ajv.validate(schema(`${name}.schema.json`), dataset[name])).toBe(true)
  })

  it.each(VALUED)('in %s, baseValue is value × 10^multiplier exactly, and the digits of the CSV base_value', (name) => {
    const figures = figuresOf(name)
    expect(figures.length).toBeGreaterThan(0)
    const wrong = figures.filter((figure) => {
      const [base, baseScale] = fraction(figure.baseValue as string)
      const [value, valueScale] = fraction((figure.value as number).toFixed(figure.decimals as number))
      return base * valueScale !== value * 10n ** BigInt(figure.multiplier as number) * baseScale
    })
    expect(wrong).toEqual([])
    const table = buildTables(dataset).find((candidate) => candidate.name === name)!
    const column = table.columns.findIndex((candidate) => candidate.name === (name === 'projects' ? 'investment_base_value' : 'base_value'))
    expect(table.rows.map((row) => row[column]).filter((cell) => cell !== null)).toEqual(figures.map((figure) => figure.baseValue))
  })

  it('puts the bonded zone’s trade of 2019 (433.01 ×10⁹) and 2024 (5021 ×10⁸) on one scale: no tenfold jump', () => {
    const trade = linesOf('observations').filter((line) => /^bonded-zone-trade-20(19|24)$/.test(line.id as string))
    expect(trade.map((line) => [line.id, line.value, line.multiplier, line.baseValue])).toEqual([
      ['bonded-zone-trade-2019', 433.01, 9, '433010000000'],
      ['bonded-zone-trade-2024', 5021, 8, '502100000000'],
    ])
    const [before, after] = trade.map((line) => BigInt(line.baseValue as string)) as [bigint, bigint]
    expect(after * 100n / before).toBe(115n)
  })
})
