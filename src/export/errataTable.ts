import type { Erratum } from '../release/types.js'
import { column, defineTable } from './defineTable.js'
import type { Table } from './types.js'

/**
 * The corrections log (data/errata.json) as a flat table: the old and new values, which may be
 * any JSON, are written as JSON text.
 *
 * @param errata - The corrections, oldest first.
 * @returns The `errata` table.
 */
export function errataTable(errata: readonly Erratum[]): Table {
  return defineTable<Erratum>(
    {
      name: 'errata',
      title: 'Errata',
      description: 'Corrections of published records, oldest first: which field of which record changed, from what to what, why and on what source',
      primaryKey: ['collection', 'id', 'field', 'date'],
      columns: [
        column('collection', 'string', 'The collection of the corrected record', (row) => row.collection),
        column('id', 'string', 'The id of the corrected record in that collection', (row) => row.id),
        column('field', 'string', 'The corrected field, a dotted path into the record (value, label.en)', (row) => row.field),
        column('old_value', 'string', 'The value before the correction, as JSON text (null: the field was absent)', (row) => JSON.stringify(row.oldValue)),
        column('new_value', 'string', 'The value after the correction, as JSON text (null: the field was removed)', (row) => JSON.stringify(row.newValue)),
        column('reason', 'string', 'Why the old value was wrong, in English', (row) => row.reason),
        column('date', 'date', 'The date of the correction', (row) => row.date),
        column('source', 'string', 'The source that shows the new value (sources.id)', (row) => row.source, { references: 'sources' }),
      ],
    },
    errata,
  )
}
