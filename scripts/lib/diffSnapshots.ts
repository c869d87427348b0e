import { fieldChanges } from './fieldChanges.js'
import type { FieldChange } from './fieldChanges.js'
import type { DataRecord, Json, Snapshot } from './snapshot.js'

/** A record whose fields changed. */
export interface ChangedRecord {
  readonly id: string
  readonly changes: readonly FieldChange[]
}

/** An added record that revises an earlier one (its `supersedes`): a new vintage. */
export interface Vintage {
  readonly id: string
  readonly supersedes: string
}

/** What changed in one collection. */
export interface CollectionDiff {
  readonly name: string
  /** `added` or `removed` when the whole collection (file) is new or gone. */
  readonly status: 'kept' | 'added' | 'removed'
  /** Ids of new records that are not vintages. */
  readonly added: readonly string[]
  readonly vintages: readonly Vintage[]
  readonly removed: readonly string[]
  readonly changed: readonly ChangedRecord[]
}

/** What changed between two snapshots of the data. */
export interface DataDiff {
  /** Every collection of either snapshot, in name order, changed or not. */
  readonly collections: readonly CollectionDiff[]
  /** Errata entries of the newer snapshot that the older one lacks. */
  readonly errataAdded: readonly Readonly<Record<string, Json>>[]
  /** Every erratum of the newer snapshot, to explain changes. */
  readonly errata: readonly Readonly<Record<string, Json>>[]
}

/**
 * The records added, removed and changed (field by field) between two snapshots, by id. An
 * added record with `supersedes` is a new vintage of the record it names, kept apart from plain
 * additions because the old vintage stays unchanged beside it.
 *
 * @param older - The released data.
 * @param newer - The data now.
 * @returns The diff.
 */
export function diffSnapshots(older: Snapshot, newer: Snapshot): DataDiff {
  const names = [...new Set([...older.collections.keys(), ...newer.collections.keys()])].sort()
  const olderErrata = new Set(older.errata.map((erratum) => JSON.stringify(erratum)))
  return {
    collections: names.map((name) => diffCollection(name, older.collections.get(name), newer.collections.get(name))),
    errataAdded: newer.errata.filter((erratum) => !olderErrata.has(JSON.stringify(erratum))),
    errata: newer.errata,
  }
}

function diffCollection(name: string, older: readonly DataRecord[] | undefined, newer: readonly DataRecord[] | undefined): CollectionDiff {
  const olderById = new Map((older ?? []).map((record) => [record.id, record]))
  const newerById = new Map((newer ?? []).map((record) => [record.id, record]))
  const added: string[] = []
  const vintages: Vintage[] = []
  const changed: ChangedRecord[] = []
  for (const [id, record] of newerById) {
    const before = olderById.get(id)
    if (before === undefined) {
      const supersedes = record.supersedes
      if (typeof supersedes === 'string') vintages.push({ id, supersedes })
      else added.push(id)
      continue
    }
    const changes = fieldChanges(before, record)
    if (changes.length > 0) changed.push({ id, changes })
  }
  return {
    name,
    status: older === undefined ? 'added' : newer === undefined ? 'removed' : 'kept',
    added,
    vintages,
    removed: [...olderById.keys()].filter((id) => !newerById.has(id)),
    changed,
  }
}
