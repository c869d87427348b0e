type Schema = Record<string, unknown>

const SUBSCHEMA = ['not', 'if', 'then', 'else', 'items', 'contains', 'additionalProperties', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties']
const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems']
const SUBSCHEMA_MAPS = ['properties', 'patternProperties', 'dependentSchemas', '$defs']

const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The schema with every name a subschema requires also declared in that subschema's
 * `properties` (as `true`, which accepts any value, so no rule changes). An `if`/`then`/`not`
 * that only says `required: ['basis']` is otherwise refused by ajv in strict mode
 * (`strictRequired`): the rule itself stays, the property's own schema stays where it was.
 *
 * @param schema - A JSON Schema (draft 2020-12), as zod writes it.
 * @returns A copy, with the same verdict on every document.
 */
export function declareRequired<T>(schema: T): T {
  if (!isSchema(schema)) return schema
  const copy: Schema = { ...schema }
  for (const keyword of SUBSCHEMA) if (keyword in copy) copy[keyword] = declareRequired(copy[keyword])
  for (const keyword of SUBSCHEMA_LISTS) {
    const list = copy[keyword]
    if (Array.isArray(list)) copy[keyword] = list.map((item: unknown) => declareRequired(item))
  }
  for (const keyword of SUBSCHEMA_MAPS) {
    const map = copy[keyword]
    if (isSchema(map)) copy[keyword] = Object.fromEntries(Object.entries(map).map(([name, item]) => [name, declareRequired(item)]))
  }
  const required = copy.required
  if (Array.isArray(required)) {
    const properties = isSchema(copy.properties) ? copy.properties : {}
    const undeclared = required.filter((name): name is string => typeof name === 'string' && !(name in properties))
    if (undeclared.length > 0) copy.properties = { ...properties, ...Object.fromEntries(undeclared.map((name) => [name, true])) }
  }
  return copy as T
}
