import { refuse } from './checkNumber.js'

/** Records by id, looked up with `get`; a `Map` is one, and so is {@link indexById}'s lazy index. */
export interface RecordIndex<Record> {
  get(id: string): Record | undefined
}

/**
 * A lazy index from id to record: the map is built on the first lookup, so importing the package
 * builds none. Call it with `/* @__PURE__ *\/` at module level.
 */
export function indexById<Record extends { readonly id: string }>(records: readonly Record[]): RecordIndex<Record> {
  let map: Map<string, Record> | undefined
  return {
    get(id) {
      map ??= new Map(records.map((record) => [record.id, record]))
      return map.get(id)
    },
  }
}

/** The record with that id, or `UNKNOWN_ID` (`INVALID_ARGUMENT` for a non-string) naming `input`; `kind` names the collection in the message. */
export function lookup<Record>(index: RecordIndex<Record>, id: unknown, kind: string, input: string): Record {
  if (typeof id !== 'string') return refuse('INVALID_ARGUMENT', input, `not an id: ${typeof id}`)
  return index.get(id) ?? refuse('UNKNOWN_ID', input, `no ${kind} has the id ${JSON.stringify(id.length > 60 ? `${id.slice(0, 60)}…` : id)}`)
}
