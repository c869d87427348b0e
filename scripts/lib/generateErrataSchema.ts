import { errataSchema } from '../../src/schema/errata.js'
import { jsonSchemaText, toJsonSchema } from './jsonSchemaText.js'

/** `[file name, JSON text]` of the JSON Schema (draft 2020-12) of data/errata.json. */
export function generateErrataSchema(): [string, string] {
  return ['errata.schema.json', jsonSchemaText(toJsonSchema('cdht-data errata', errataSchema))]
}
