import type { Label } from '../types.js'
import type { Cell, Column, FieldType, Table } from './types.js'

/** A column with the function that reads its cell from a record. */
export interface ColumnDefinition<Row> extends Column {
  readonly get: (row: Row) => Cell | undefined
}

/** Options of {@link column}. */
export interface ColumnOptions {
  /** Whether every row has a value (default `true`). */
  readonly required?: boolean
  /** The table whose `id` the column refers to; `''` for the table itself. */
  readonly references?: string
}

/**
 * A column definition.
 *
 * @param name - The column name, snake_case.
 * @param type - The Table Schema field type.
 * @param description - What the column holds, for the Table Schema.
 * @param get - Reads the cell from a record; `undefined` or `null` is an empty cell.
 * @param options - Whether the column is required, and the table it refers to.
 * @returns The column definition.
 */
export function column<Row>(
  name: string,
  type: FieldType,
  description: string,
  get: (row: Row) => Cell | undefined,
  options: ColumnOptions = {},
): ColumnDefinition<Row> {
  const base = { name, type, description, required: options.required ?? true, get }
  return options.references === undefined ? base : { ...base, references: options.references }
}

/**
 * The four columns a {@link Label} flattens to: `<prefix>_zh`, `<prefix>_en`,
 * `<prefix>_en_origin` and `<prefix>_en_source`.
 *
 * @param prefix - The column name prefix (`label`, `publisher`).
 * @param what - What the label names, for the descriptions.
 * @param get - Reads the label from a record.
 * @param required - Whether every record has the label (default `true`).
 * @returns The four column definitions.
 */
export function labelColumns<Row>(
  prefix: string,
  what: string,
  get: (row: Row) => Label | undefined,
  required = true,
): ColumnDefinition<Row>[] {
  return [
    column(`${prefix}_zh`, 'string', `${what}, in Chinese as the source writes it`, (row) => get(row)?.zh, { required }),
    column(`${prefix}_en`, 'string', `${what}, in English`, (row) => get(row)?.en, { required }),
    column(
      `${prefix}_en_origin`,
      'string',
      `Origin of ${prefix}_en: official (an English name in official use) or ours (this project's rendering)`,
      (row) => get(row)?.enOrigin,
      { required },
    ),
    column(
      `${prefix}_en_source`,
      'string',
      `The source that shows the official English name (sources.id); empty when ${prefix}_en_origin is ours`,
      (row) => get(row)?.enSource,
      { required: false, references: 'sources' },
    ),
    column(
      `${prefix}_zh_origin`,
      'string',
      `ours when no source writes ${prefix}_zh (the project composed it); empty when it is the source's Chinese`,
      (row) => get(row)?.zhOrigin,
      { required: false },
    ),
  ]
}

/** What {@link defineTable} needs besides the rows. */
export interface TableSpec<Row> {
  readonly name: string
  readonly title: string
  readonly description: string
  /** Default `['id']`. */
  readonly primaryKey?: readonly string[]
  readonly columns: readonly ColumnDefinition<Row>[]
}

/**
 * A flat table from records and column definitions: each row is the cells the columns read.
 *
 * @param spec - Name, descriptions, primary key and columns.
 * @param rows - The records, one per row.
 * @returns The table.
 */
export function defineTable<Row>(spec: TableSpec<Row>, rows: readonly Row[]): Table {
  return {
    name: spec.name,
    title: spec.title,
    description: spec.description,
    primaryKey: spec.primaryKey ?? ['id'],
    columns: spec.columns.map(toColumn),
    rows: rows.map((row) => spec.columns.map((definition) => definition.get(row) ?? null)),
  }
}

// The getter stays behind: a table is data, and the Table Schema is written from its columns.
function toColumn<Row>(definition: ColumnDefinition<Row>): Column {
  const { name, type, description, required, references } = definition
  return references === undefined ? { name, type, description, required } : { name, type, description, required, references }
}
