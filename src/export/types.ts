/**
 * Shapes shared by the export serialisers: the records they read, the tables they flatten them
 * into, and the files they produce.
 *
 * @module
 */
import type { Erratum } from '../release/types.js'
import type { DatasetView } from '../query/datasetView.js'

/** Every collection of the dataset, as the main entry exports them (or as read from data/*.json, or as an as-of view holds them). */
export interface Dataset extends Omit<DatasetView, 'asOf'> {
  /** The corrections log (data/errata.json); absent is none. */
  readonly errata?: readonly Erratum[]
}

/** The release an export belongs to: written into datapackage.json and the JSON-stat file. */
export interface ReleaseInfo {
  /** The dataset (= package) version. */
  readonly version: string
  /** The release date, `YYYY-MM-DD`. */
  readonly released: string
  /** For an export of the dataset as known on a day (`cdht-data export --as-of`), that day, `YYYY-MM-DD`. */
  readonly asOf?: string
}

/** One cell of a flat table; `null` is an empty CSV field. */
export type Cell = string | number | boolean | null

/** Table Schema field types the tables use. */
export type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'date'

/** A column of a flat table, described as a Table Schema field. */
export interface Column {
  readonly name: string
  readonly type: FieldType
  readonly description: string
  /** Whether every row has a value. */
  readonly required: boolean
  /** The table whose `id` this column refers to; `''` for the table itself. */
  readonly references?: string
}

/** A flat table: one per collection, plus one per nested list (zone focus plans, project firsts). */
export interface Table {
  /** File and resource name: lowercase, underscores (`zone_focus_plans`). */
  readonly name: string
  readonly title: string
  readonly description: string
  readonly primaryKey: readonly string[]
  readonly columns: readonly Column[]
  /** Cells in column order. */
  readonly rows: readonly (readonly Cell[])[]
}

/** A file the export writes, by its path relative to `data/export/`. */
export interface ExportFile {
  readonly path: string
  readonly content: string
}
