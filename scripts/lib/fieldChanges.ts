import type { Json } from './snapshot.js'

/**
 * How a changed field affects users: `unit` (a unit or multiplier changed: every reader's
 * arithmetic breaks), `type` (a value changed JSON type), or `value` (anything else).
 */
export type ChangeKind = 'value' | 'unit' | 'type'

/** A field that differs between two versions of a record; `undefined` means absent. */
export interface FieldChange {
  /** Dotted path into the record: `value`, `label.en`, `investment.multiplier`. */
  readonly path: string
  readonly oldValue: Json | undefined
  readonly newValue: Json | undefined
  readonly kind: ChangeKind
}

const UNIT_FIELDS = new Set(['unit', 'multiplier'])

/**
 * The fields that differ between two versions of a record, field by field. Objects are
 * compared key by key (a label's `en` alone); arrays as a whole, because their items have no
 * ids to pair them by.
 *
 * @param older - The record as released.
 * @param newer - The record now.
 * @param prefix - Path of the two values inside their record (for recursion).
 * @returns The changes, in key order; empty when the records are equal.
 */
export function fieldChanges(older: Json | undefined, newer: Json | undefined, prefix = ''): FieldChange[] {
  if (isObject(older) && isObject(newer)) {
    const keys = [...new Set([...Object.keys(older), ...Object.keys(newer)])]
    return keys.flatMap((key) => fieldChanges(older[key], newer[key], prefix === '' ? key : `${prefix}.${key}`))
  }
  if (JSON.stringify(older) === JSON.stringify(newer)) return []
  return [{ path: prefix, oldValue: older, newValue: newer, kind: kindOf(prefix, older, newer) }]
}

function kindOf(path: string, older: Json | undefined, newer: Json | undefined): ChangeKind {
  if (UNIT_FIELDS.has(path.split('.').at(-1) ?? '')) return 'unit'
  // A field appearing, disappearing or becoming null is a correction, not a change of type.
  if (older === undefined || newer === undefined || older === null || newer === null) return 'value'
  return jsonType(older) === jsonType(newer) ? 'value' : 'type'
}

function jsonType(value: Json): string {
  return Array.isArray(value) ? 'array' : typeof value
}

function isObject(value: Json | undefined): value is Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
