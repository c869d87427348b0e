import { collectionSchemas } from '../../src/schema/collectionSchemas.js'
import { BASE_VALUE_AT } from '../../src/export/ndjsonRecords.js'
import { lineSchema } from './lineSchema.js'
import { jsonSchemaText, toJsonSchema } from './jsonSchemaText.js'

/**
 * `[file name, JSON text]` of a JSON Schema (draft 2020-12) per data file, then one per NDJSON
 * export whose lines add a derived `baseValue` to the record (`<name>.ndjson.schema.json`).
 */
export function generateJsonSchemas(): [string, string][] {
  const records = Object.entries(collectionSchemas).map(([name, schema]) => [name, toJsonSchema(`cdht-data ${name}`, schema)] as const)
  return [
    ...records.map(([name, schema]): [string, string] => [`${name}.schema.json`, jsonSchemaText(schema)]),
    ...records
      .filter(([name]) => Object.hasOwn(BASE_VALUE_AT, name))
      .map(([name, schema]): [string, string] => [`${name}.ndjson.schema.json`, jsonSchemaText(lineSchema(name, schema, BASE_VALUE_AT[name as keyof typeof BASE_VALUE_AT]))]),
  ]
}
