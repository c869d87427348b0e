import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateErrataSchema } from '../../scripts/lib/generateErrataSchema.js'
import { generateIdsModule } from '../../scripts/lib/generateIds.js'
import { generateJsonSchemas } from '../../scripts/lib/generateJsonSchemas.js'
import { generateManifestSchema } from '../../scripts/lib/generateManifestSchema.js'
import { generateRelease } from '../../scripts/lib/generateRelease.js'

const root = join(import.meta.dirname, '../..')

describe('generated files match the data (run `npm run generate` when this fails)', () => {
  it('src/data/ids.ts', () => {
    expect(readFileSync(join(root, 'src/data/ids.ts'), 'utf8')).toBe(generateIdsModule(join(root, 'data')))
  })

  const schemaFiles = [...generateJsonSchemas(), generateErrataSchema(), generateManifestSchema()]
  it.each(schemaFiles)('data/schema/%s', (file, text) => {
    expect(readFileSync(join(root, 'data/schema', file), 'utf8')).toBe(text)
  })

  // The release date only moves when package.json's version does, so "today" is never used here
  // unless the version changed without `npm run generate`, which is exactly the drift to catch.
  const release = generateRelease(root, schemaFiles, new Date().toISOString().slice(0, 10))
  it('data/manifest.json', () => {
    expect(readFileSync(join(root, 'data/manifest.json'), 'utf8')).toBe(release.manifest)
  })

  it('src/release/meta.ts', () => {
    expect(readFileSync(join(root, 'src/release/meta.ts'), 'utf8')).toBe(release.metaModule)
  })
})
