import * as z from 'zod'
import { collectionSchemas } from '../../src/schema/collectionSchemas.js'

/** `[file name, JSON text]` of a JSON Schema (draft 2020-12) per data file. */
export function generateJsonSchemas(): [string, string][] {
  return Object.entries(collectionSchemas).map(([name, schema]) => {
    const jsonSchema = {
      title: `cdht-data ${name}`,
      ...z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'throw' }),
    }
    return [`${name}.schema.json`, `${JSON.stringify(jsonSchema, null, 2)}\n`]
  })
}
