import * as z from 'zod'
import { declareRequired } from './declareRequired.js'

/** A JSON Schema (draft 2020-12) as zod writes it, with a title first. */
export type JsonSchema = { readonly title: string } & Record<string, unknown>

/** The JSON Schema (draft 2020-12) of a zod schema, titled; a rule zod cannot write throws. */
export const toJsonSchema = (title: string, schema: z.ZodType): JsonSchema => ({
  title,
  ...z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'throw' }),
})

/**
 * The text of a shipped schema file: two-space JSON and a final line break, every required name
 * declared where it is required, so ajv compiles it in strict mode.
 */
export const jsonSchemaText = (schema: JsonSchema): string => `${JSON.stringify(declareRequired(schema), null, 2)}\n`
