import { refuse } from './checkNumber.js'

/** A map from id to record, for O(1) lookups. Call it with `/* @__PURE__ *\/` at module level. */
export function indexById<Record extends { readonly id: string }>(records: readonly Record[]): ReadonlyMap<string, Record> {
  return new Map(records.map((record) => [record.id, record]))
}

/** The record with that id, or `UNKNOWN_ID` naming `input`; `kind` names the collection in the message. */
export function lookup<Record>(index: ReadonlyMap<string, Record>, id: string, kind: string, input: string): Record {
  return index.get(id) ?? refuse('UNKNOWN_ID', input, `no ${kind} has the id ${JSON.stringify(id)}`)
}
