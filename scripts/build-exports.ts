/**
 * Writes the export files (CSV, CSV for Excel, NDJSON, JSON-stat, datapackage.json; errata included) into
 * data/export/, from data/*.json, with the same serialisers the CLI uses. Run after `tsup`
 * (`npm run build` does both). Fails when the datapackage.json it writes is not the one
 * data/manifest.json vouches for: the manifest is stale, run `npm run generate`.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { exportFiles } from '../src/export/exportFiles.js'
import { sha256 } from '../src/export/sha256.js'
import type { DatasetMeta, Erratum } from '../src/release/types.js'
import { readDataset } from './lib/readDataset.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dataDir = join(root, 'data')
const outDir = join(dataDir, 'export')
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as DatasetMeta

const errata = JSON.parse(readFileSync(join(dataDir, 'errata.json'), 'utf8')) as Erratum[]
const files = exportFiles({ ...readDataset(dataDir), errata }, { version, released: manifest.released })
rmSync(outDir, { recursive: true, force: true })
for (const { path, content } of files) {
  mkdirSync(dirname(join(outDir, path)), { recursive: true })
  writeFileSync(join(outDir, path), content)
}
console.log(`wrote ${files.length} files to data/export/`)

const datapackage = files.at(-1)!
if (manifest.version !== version || manifest.files['export/datapackage.json'] !== sha256(datapackage.content)) {
  console.error('data/manifest.json does not match these exports (or package.json version): run `npm run generate`.')
  process.exit(1)
}
