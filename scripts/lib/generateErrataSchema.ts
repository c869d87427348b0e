import * as z from 'zod'
import { errataSchema } from '../../src/schema/errata.js'

/** `[file name, JSON text]` of the JSON Schema (draft 2020-12) of data/errata.json. */
export function generateErrataSchema(): [string, string] {
  const jsonSchema = {
    title: 'cdht-data errata',
    ...z.toJSONSchema(errataSchema, { target: 'draft-2020-12', unrepresentable: 'throw' }),
  }
  return ['errata.schema.json', `${JSON.stringify(jsonSchema, null, 2)}\n`]
}
