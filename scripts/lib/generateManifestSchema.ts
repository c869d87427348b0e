import * as z from 'zod'
import { collections } from './collections.js'
import { jsonSchemaText, toJsonSchema } from './jsonSchemaText.js'

const sha256 = z.string().regex(/^[0-9a-f]{64}$/).describe('sha256 of the file, lowercase hex')

/**
 * The shape of data/manifest.json (the `DatasetMeta` type of the main entry): name, version,
 * release date, record counts per collection and the sha256 of every shipped data file, by its
 * path under `data/`.
 */
export const ManifestSchema = z
  .object({
    name: z.literal('cdht-data'),
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/)
      .describe('The dataset version, which is the package version (semver)'),
    released: z.iso.date().describe('The UTC date this version number was set'),
    counts: z
      .object(Object.fromEntries([...collections.map(({ name }) => name), 'errata'].map((name) => [name, z.number().int().min(0)])))
      .strict()
      .describe('Records per collection, and entries of data/errata.json'),
    files: z
      .record(z.string().regex(/^(?:[a-z]+\.json|schema\/[a-z]+(?:\.ndjson)?\.schema\.json|export\/datapackage\.json)$/), sha256)
      .describe('sha256 of each file, by its path relative to the package’s data/ folder'),
  })
  .strict()

/** `[file name, JSON text]` of the JSON Schema (draft 2020-12) of data/manifest.json. */
export function generateManifestSchema(): [string, string] {
  return ['manifest.schema.json', jsonSchemaText(toJsonSchema('cdht-data manifest', ManifestSchema))]
}
