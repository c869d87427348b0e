import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

/**
 * ajv as a careful data team runs it: draft 2020-12, strict mode (a schema with an undeclared
 * required name, an unknown keyword or a type clash does not compile), the `date` format.
 */
export function strictAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true })
  addFormats.default(ajv)
  return ajv
}
