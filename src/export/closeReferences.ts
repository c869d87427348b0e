import { COLLECTION_NAMES } from './collectionNames.js'
import { buildTables } from './tables.js'
import type { Dataset } from './types.js'

/**
 * The dataset without the records whose references do not resolve: every foreign key of the
 * export's Table Schemas (a label's English-name source, an observation's scope, a park's
 * industry…), a break's evidence, an erratum's record. Dropping a record can orphan another, so
 * it repeats until nothing changes. A complete dataset comes back as it was; a filtered one (an
 * as-of view) comes back with every reference of every export resolving.
 *
 * @param dataset - The records of every collection.
 * @returns The same dataset when every reference resolves, else one without the orphans.
 * @throws {@link CdhtDataError} `INVALID_PERIOD` for a malformed period.
 */
export function closeReferences(dataset: Dataset): Dataset {
  let current = dataset
  for (;;) {
    const next = dropOrphans(current)
    if (next === current) return current
    current = next
  }
}

function dropOrphans(dataset: Dataset): Dataset {
  const tables = buildTables(dataset)
  const ids = new Map(tables.map((table) => [table.name, new Set(table.columns[0]?.name === 'id' ? table.rows.map((row) => row[0]) : [])]))
  let changed = false
  const kept: Record<string, readonly unknown[]> = {}
  for (const name of COLLECTION_NAMES) {
    const table = tables.find((candidate) => candidate.name === name)
    const records = dataset[name] as readonly unknown[]
    if (table === undefined) continue
    const keys = table.columns.flatMap((column, index) =>
      column.references === undefined ? [] : [{ index, target: ids.get(column.references === '' ? name : column.references) }],
    )
    const survivors = records.filter((_record, row) =>
      keys.every(({ index, target }) => {
        const value = table.rows[row]?.[index] ?? null
        return value === null || target?.has(value) === true
      }),
    )
    const evidenced = name === 'breaks' ? survivors.filter((record) => (record as Dataset['breaks'][number]).evidence.every((id) => ids.get('observations')?.has(id))) : survivors
    if (evidenced.length !== records.length) changed = true
    kept[name] = evidenced
  }
  const errata = (dataset.errata ?? []).filter((erratum) => ids.get('sources')?.has(erratum.source) === true && ids.get(erratum.collection)?.has(erratum.id) === true)
  if (errata.length !== (dataset.errata ?? []).length) changed = true
  return changed ? ({ ...dataset, ...kept, ...(dataset.errata === undefined ? {} : { errata }) }) : dataset
}
