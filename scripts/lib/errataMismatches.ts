import type { DataRecord, Json } from './snapshot.js'

/** The fields of an erratum this check reads. */
export interface ErratumLike {
  readonly collection: string
  readonly id: string
  readonly field: string
  readonly newValue: Json
}

/**
 * The errata whose `newValue` is not what the record holds now: each correction must be the
 * current state of its field (an absent field counts as `null`), or the log and the data
 * disagree.
 *
 * @param errata - The errata, e.g. data/errata.json.
 * @param collections - The current records by collection name.
 * @returns One message per mismatch, naming collection, id and field; empty when all agree.
 */
export function errataMismatches(errata: readonly ErratumLike[], collections: ReadonlyMap<string, readonly DataRecord[]>): string[] {
  return errata.flatMap(({ collection, id, field, newValue }) => {
    const record = collections.get(collection)?.find((candidate) => candidate.id === id)
    if (record === undefined) return [`${collection}/${id}: no such record`]
    const current = valueAt(record, field) ?? null
    return JSON.stringify(current) === JSON.stringify(newValue)
      ? []
      : [`${collection}/${id} ${field}: erratum says ${JSON.stringify(newValue)}, the record holds ${JSON.stringify(current)}`]
  })
}

/**
 * The value at a dotted path in a record (`label.en`), `undefined` when a step is missing.
 *
 * @param value - The record.
 * @param path - The dotted path.
 * @returns The value found.
 */
export function valueAt(value: Json | undefined, path: string): Json | undefined {
  let current = value
  for (const key of path.split('.')) {
    current = current !== null && typeof current === 'object' && !Array.isArray(current) ? current[key] : undefined
  }
  return current
}
