import type { Table } from './types.js'

/** A Table Schema field (Frictionless Data, v2). */
export interface TableSchemaField {
  readonly name: string
  readonly type: string
  readonly description: string
  readonly constraints?: { readonly required: true }
}

/** A Table Schema (Frictionless Data, v2). */
export interface TableSchema {
  readonly $schema: string
  readonly fields: readonly TableSchemaField[]
  readonly missingValues: readonly string[]
  readonly primaryKey: readonly string[]
  readonly foreignKeys: readonly {
    readonly fields: readonly string[]
    readonly reference: { readonly resource?: string; readonly fields: readonly string[] }
  }[]
}

/**
 * The Table Schema of a flat table: field names, types and descriptions, required fields, the
 * primary key, and a foreign key for every column that refers to another table's `id` (a
 * reference without `resource` is to the table itself, as the spec has it).
 *
 * @param table - The table.
 * @returns The schema, ready for a data package resource.
 */
export function toTableSchema(table: Table): TableSchema {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    fields: table.columns.map(({ name, type, description, required }) =>
      required ? { name, type, description, constraints: { required: true } } : { name, type, description },
    ),
    missingValues: [''],
    primaryKey: table.primaryKey,
    foreignKeys: table.columns.flatMap(({ name, references }) => {
      if (references === undefined) return []
      const reference = references === '' ? { fields: ['id'] } : { resource: references, fields: ['id'] }
      return [{ fields: [name], reference }]
    }),
  }
}
