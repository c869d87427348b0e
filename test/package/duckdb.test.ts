import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import type { DuckDBConnection } from '@duckdb/node-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { consumerDir, excelCopiesDir } from './_consumer.js'

// The exports of the installed package, loaded into a real engine: every CSV with the types its
// Table Schema declares (a cell that does not parse fails the load), the NDJSON nested as in the
// canonical JSON, and sample queries.
interface Field {
  name: string
  type: 'string' | 'number' | 'integer' | 'boolean' | 'date'
}
interface Resource {
  name: string
  path: string
  format: string
  schema?: { fields: Field[] }
}

const DUCKDB_TYPE: Readonly<Record<Field['type'], string>> = { string: 'VARCHAR', number: 'DOUBLE', integer: 'BIGINT', boolean: 'BOOLEAN', date: 'DATE' }
let connection: DuckDBConnection
let exportDir: string
let dataDir: string
let resources: Resource[]

const sqlString = (text: string): string => `'${text.replaceAll("'", "''")}'`
async function query(sql: string): Promise<Record<string, unknown>[]> {
  return (await connection.runAndReadAll(sql)).getRowObjects()
}
async function columnTypes(relation: string): Promise<Record<string, string>> {
  const rows = await query(`DESCRIBE SELECT * FROM ${relation}`)
  return Object.fromEntries(rows.map((row) => [String(row.column_name), String(row.column_type)]))
}
const canonical = (name: string): Record<string, unknown>[] =>
  JSON.parse(readFileSync(join(dataDir, `${name}.json`), 'utf8')) as Record<string, unknown>[]

beforeAll(async () => {
  dataDir = join(consumerDir(), 'node_modules/cdht-data/data')
  exportDir = join(dataDir, 'export')
  resources = (JSON.parse(readFileSync(join(exportDir, 'datapackage.json'), 'utf8')) as { resources: Resource[] }).resources
  connection = await (await DuckDBInstance.create(':memory:')).connect()
  for (const resource of resources.filter((candidate) => candidate.format === 'csv')) {
    const columns = resource.schema!.fields.map((field) => `${sqlString(field.name)}: '${DUCKDB_TYPE[field.type]}'`).join(', ')
    await connection.run(
      `CREATE TABLE ${resource.name} AS SELECT * FROM read_csv(${sqlString(join(exportDir, resource.path))}, header = true, delim = ',', quote = '"', escape = '"', columns = {${columns}})`,
    )
  }
  for (const resource of resources.filter((candidate) => candidate.format === 'ndjson')) {
    await connection.run(`CREATE TABLE ${resource.name} AS SELECT * FROM read_json(${sqlString(join(exportDir, resource.path))}, format = 'newline_delimited')`)
  }
}, 60_000)

afterAll(() => {
  connection.closeSync()
})

describe('the exports in DuckDB', () => {
  it('loads every CSV and NDJSON resource with as many rows as the canonical JSON has records', async () => {
    const zones = canonical('zones') as { focus?: { plans: unknown[] } }[]
    const projects = canonical('projects') as { firsts: unknown[] }[]
    const expected = (table: string): number =>
      table === 'zone_focus_plans'
        ? zones.reduce((sum, zone) => sum + (zone.focus?.plans.length ?? 0), 0)
        : table === 'project_firsts'
          ? projects.reduce((sum, project) => sum + project.firsts.length, 0)
          : table === 'errata'
            ? (JSON.parse(readFileSync(join(dataDir, 'errata.json'), 'utf8')) as unknown[]).length
            : canonical(table).length
    const counts = await Promise.all(
      resources
        .filter((resource) => resource.format !== 'json')
        .map(async ({ name }) => [name, Number((await query(`SELECT count(*) AS n FROM ${name}`))[0]!.n), expected(name.replace(/_(excel|ndjson)$/, ''))]),
    )
    // 15 CSV tables (12 collections, zone_focus_plans, project_firsts, errata) and 13 NDJSON files.
    expect(counts.length).toBe(15 + 13)
    expect(counts.filter(([, actual, wanted]) => actual !== wanted)).toEqual([])
  })

  it('reads the Excel copy’s (`export --format csv --bom`) first column as id (DuckDB skips the byte order mark) and the same rows', async () => {
    const excel = `read_csv(${sqlString(join(excelCopiesDir(), 'csv-excel/observations.csv'))}, types = {'period': 'VARCHAR'})`
    expect(Object.keys(await columnTypes(excel))[0]).toBe('id')
    const plain = `read_csv(${sqlString(join(exportDir, 'csv/observations.csv'))}, types = {'period': 'VARCHAR'})`
    expect(await query(`SELECT * FROM ${plain} EXCEPT SELECT * FROM ${excel}`)).toEqual([])
  })

  it.each(['observations', 'targets'])('%s.csv: period read as text, period_start and period_end detected as dates', async (table) => {
    const types = await columnTypes(`read_csv(${sqlString(join(exportDir, `csv/${table}.csv`))}, types = {'period': 'VARCHAR'})`)
    expect(types).toMatchObject({ period: 'VARCHAR', period_start: 'DATE', period_end: 'DATE' })
  })

  it('gives base_value exactly in base units whatever the multiplier (bonded zone trade: 10^9 and 10^8)', async () => {
    const rows = await query(`SELECT value, multiplier, CAST(base_value AS VARCHAR) AS base FROM read_csv(${sqlString(join(exportDir, 'csv/observations.csv'))}, types = {'period': 'VARCHAR', 'base_value': 'VARCHAR', 'value': 'VARCHAR'}) WHERE id IN ('gdp-2023', 'bonded-zone-trade-2019') ORDER BY id`)
    expect(rows).toEqual([
      { value: '433.01', multiplier: 9n, base: '433010000000' },
      { value: '3201.2', multiplier: 8n, base: '320120000000' },
    ])
    const mismatched = await query(`SELECT id FROM observations WHERE abs(base_value - value * 10 ** multiplier) > 1e-6 * abs(base_value)`)
    expect(mismatched).toEqual([])
  })

  it.each([
    ['observations', 'base_value', 'o.baseValue'],
    ['targets', 'base_value', 'o.baseValue'],
    ['projects', 'investment_base_value', 'o.investment.baseValue'],
  ])('gives the same base values, as text, in %s.ndjson as in the CSV', async (table, column, field) => {
    const csv = `read_csv(${sqlString(join(exportDir, `csv/${table}.csv`))}, types = {'${column}': 'VARCHAR'})`
    const rows = await query(`SELECT count(*) AS n, count(${field}) AS valued, count(*) FILTER (WHERE c.${column} IS DISTINCT FROM ${field}) AS differ
      FROM ${table}_ndjson o JOIN ${csv} c USING (id)`)
    expect(rows[0]).toMatchObject({ n: BigInt(canonical(table).length), differ: 0n })
    expect(Number(rows[0]!.valued)).toBeGreaterThan(0)
  })

  it('auto-detects values as numbers and period bounds as dates in the observations CSV', async () => {
    const types = await columnTypes(`read_csv_auto(${sqlString(join(exportDir, 'csv/observations.csv'))})`)
    expect(types).toMatchObject({ value: 'DOUBLE', decimals: 'BIGINT', multiplier: 'BIGINT', period_start: 'DATE', period_end: 'DATE' })
  })

  it('auto-detects nested labels as structs and values as numbers in the NDJSON', async () => {
    const types = await columnTypes(`read_json_auto(${sqlString(join(exportDir, 'ndjson/observations.ndjson'))})`)
    expect(types.value).toMatch(/^(DOUBLE|BIGINT)$/)
    expect((await columnTypes('indicators_ndjson')).label).toMatch(/^STRUCT\(zh VARCHAR, en VARCHAR, enOrigin VARCHAR/)
  })

  it('answers GDP 2023 of the zone, latest vintage: 3201.2 (亿元)', async () => {
    const latest = `SELECT value, unit, multiplier FROM observations
      WHERE indicator = 'gdp' AND measure = 'level' AND scope = 'cdht' AND period = '2023'
        AND id NOT IN (SELECT supersedes FROM observations WHERE supersedes IS NOT NULL)`
    expect(await query(latest)).toEqual([{ value: 3201.2, unit: 'CNY', multiplier: 8n }])
    expect(await query(latest.replace('FROM observations', 'FROM observations_ndjson'))).toEqual([{ value: 3201.2, unit: 'CNY', multiplier: 8n }])
  })

  it('joins observations to indicators through the declared foreign key', async () => {
    const rows = await query(`SELECT i.label_zh FROM observations o JOIN indicators i ON o.indicator = i.id WHERE o.indicator = 'gdp' LIMIT 1`)
    expect(rows).toEqual([{ label_zh: '地区生产总值' }])
  })

  it('agrees with the JSON-stat file on GDP 2023', () => {
    const jsonStat = JSON.parse(readFileSync(join(exportDir, 'jsonstat/observations.json'), 'utf8')) as {
      size: number[]
      dimension: Record<string, { category: { index: string[] } }>
      value: Record<string, number>
    }
    const [, scopes, periods] = jsonStat.size as [number, number, number]
    const at = (dimension: string, id: string): number => jsonStat.dimension[dimension]!.category.index.indexOf(id)
    const index = (at('series', 'gdp.level') * scopes + at('scope', 'cdht')) * periods + at('period', '2023')
    expect(jsonStat.value[String(index)]).toBe(3201.2)
  })
})
