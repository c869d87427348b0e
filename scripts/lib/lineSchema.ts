import type { JsonSchema } from './jsonSchemaText.js'

type ObjectSchema = Readonly<Record<string, unknown>> & { readonly properties: Record<string, unknown>; readonly required: readonly string[] }

// The same digits as the CSV's base_value: plain notation, no trailing zeros, no exponent.
const BASE_VALUE = {
  type: 'string',
  pattern: '^-?(?:0|[1-9]\\d*)(?:\\.\\d*[1-9])?$',
  readOnly: true,
  description:
    'The value in base units (yuan, US dollars, persons, enterprises, percent): value × 10^multiplier, exact, as a decimal string. Derived by the export; not part of the data/*.json record',
}

/** The object schema with `baseValue` declared and required right after `value`. */
function withBaseValue(schema: ObjectSchema): ObjectSchema {
  const after = <T>(entries: readonly T[], isValue: (entry: T) => boolean, added: T): T[] => entries.flatMap((entry) => (isValue(entry) ? [entry, added] : [entry]))
  return {
    ...schema,
    properties: Object.fromEntries(after(Object.entries(schema.properties), ([key]) => key === 'value', ['baseValue', BASE_VALUE])),
    required: after(schema.required, (key) => key === 'value', 'baseValue'),
  }
}

/**
 * The JSON Schema of one line of `ndjson/<name>.ndjson`: the record schema of data/<name>.json
 * (its `items`, closed as it is) with the derived `baseValue` where the value is, so the
 * canonical files keep refusing a `baseValue` while every export line must carry it.
 *
 * @param name - The collection.
 * @param collection - The JSON Schema of data/<name>.json (an array of records).
 * @param at - Where the value is: `''` for the record itself, or the name of the field holding it.
 * @returns The line schema, titled.
 */
export function lineSchema(name: string, collection: JsonSchema, at: string): JsonSchema {
  const { items, ...document } = collection as JsonSchema & { items: ObjectSchema }
  const record = at === '' ? withBaseValue(items) : { ...items, properties: { ...items.properties, [at]: withBaseValue(items.properties[at] as ObjectSchema) } }
  return { ...document, title: `cdht-data ${name}: one line of export/ndjson/${name}.ndjson`, ...record }
}
