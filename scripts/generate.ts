/**
 * Regenerates the files derived from data/*.json: the id unions (src/data/ids.ts), the helpers'
 * small lookups (src/data/lookups.ts), the JSON
 * Schema files (data/schema/*.schema.json, errata and manifest included), and the release metadata
 * (data/manifest.json and src/release/meta.ts: version, release date, counts, sha256 of every
 * data file). With --check, writes nothing and exits 1 on drift.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateIdsModule } from './lib/generateIds.js'
import { generateLookupsModule } from './lib/generateLookups.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const check = process.argv.includes('--check')

let drift = 0
// The schemas enumerate the ids, so ids.ts is brought up to date before they are loaded.
sync(join(root, 'src/data/ids.ts'), generateIdsModule(join(root, 'data')))
sync(join(root, 'src/data/lookups.ts'), generateLookupsModule(join(root, 'data')))
const { generateJsonSchemas } = await import('./lib/generateJsonSchemas.js')
const { generateErrataSchema } = await import('./lib/generateErrataSchema.js')
const { generateManifestSchema } = await import('./lib/generateManifestSchema.js')
const schemaFiles = [...generateJsonSchemas(), generateErrataSchema(), generateManifestSchema()]
for (const [file, text] of schemaFiles) sync(join(root, 'data/schema', file), text)
// The manifest hashes the files above and the datapackage.json built from the data, so it comes last.
const { generateRelease } = await import('./lib/generateRelease.js')
const release = generateRelease(root, schemaFiles, new Date().toISOString().slice(0, 10))
sync(join(root, 'data/manifest.json'), release.manifest)
sync(join(root, 'src/release/meta.ts'), release.metaModule)

const { withReadmeHeadline } = await import('./lib/generateReadmeHeadline.js')
const readmePath = join(root, 'README.md')
sync(readmePath, withReadmeHeadline(readFileSync(readmePath, 'utf8')))

if (drift > 0) {
  console.error('Run `npm run generate` and commit the result.')
  process.exit(1)
}

function sync(file: string, text: string): void {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : ''
  if (current === text) return
  if (check) {
    console.error(`out of date: ${file.slice(root.length + 1)}`)
    drift++
  } else {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, text)
    console.log(`wrote ${file.slice(root.length + 1)}`)
  }
}
