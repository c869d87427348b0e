import type { Multiplier } from '../types.js'
import type { Dataset } from './types.js'
import { baseValue } from './figureColumns.js'

/**
 * Where the records of a collection hold a value with a multiplier: the record itself (`''`:
 * observations, targets) or one of its fields (a project's `investment`). Their NDJSON lines
 * carry `baseValue` there, so each of these collections has a line schema of its own,
 * data/schema/<name>.ndjson.schema.json; a line of any other collection is a record of
 * data/schema/<name>.schema.json (`items`).
 */
export const BASE_VALUE_AT = { observations: '', targets: '', projects: 'investment' } as const satisfies Partial<Record<keyof Dataset, string>>

interface Scaled {
  readonly value: number
  readonly decimals: number
  readonly multiplier: Multiplier
}
type Json = Readonly<Record<string, unknown>>

/** The value in base units, as a decimal string, placed right after `value` as the CSV places `base_value`. */
function withBaseValue(figure: Json): Json {
  const { value, decimals, multiplier } = figure as unknown as Scaled
  const exact = baseValue(value, decimals, multiplier)
  return Object.fromEntries(Object.entries(figure).flatMap(([key, field]) => (key === 'value' ? [[key, field], ['baseValue', exact]] : [[key, field]])))
}

/**
 * The lines of a collection's NDJSON file: the canonical records of data/<name>.json, nested as
 * there, and where a record holds a value with a multiplier ({@link BASE_VALUE_AT}) also
 * `baseValue` right after `value`: the value in base units (yuan, US dollars, persons,
 * enterprises, percent) as an exact decimal string, the same digits as the CSV's `base_value`.
 * It is derived (`readOnly` in the line schema), never stored in data/*.json, whose schemas stay
 * closed.
 *
 * @param collection - The collection, or `errata`.
 * @param dataset - The records of every collection.
 * @returns The records as the NDJSON export writes them, in data order.
 * @throws {@link CdhtDataError} `INVALID_ARGUMENT` when a multiplier is not 0, 4, 8 or 9 (the
 * schema tests refuse such data first).
 */
export function ndjsonRecords(collection: keyof Dataset, dataset: Dataset): readonly unknown[] {
  const records: readonly object[] = dataset[collection] ?? []
  if (!Object.hasOwn(BASE_VALUE_AT, collection)) return records
  const at: string = BASE_VALUE_AT[collection as keyof typeof BASE_VALUE_AT]
  return (records as readonly Json[]).map((record) => {
    if (at === '') return withBaseValue(record)
    return record[at] === undefined ? record : { ...record, [at]: withBaseValue(record[at] as Json) }
  })
}
