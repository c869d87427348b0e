/**
 * Regenerates the files derived from data/*.json: the id unions (src/data/ids.ts) and the JSON
 * Schema files (data/schema/*.schema.json). With --check, writes nothing and exits 1 on drift.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateIdsModule } from './lib/generateIds.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const check = process.argv.includes('--check')

let drift = 0
// The schemas enumerate the ids, so ids.ts is brought up to date before they are loaded.
sync(join(root, 'src/data/ids.ts'), generateIdsModule(join(root, 'data')))
const { generateJsonSchemas } = await import('./lib/generateJsonSchemas.js')
for (const [file, text] of generateJsonSchemas()) sync(join(root, 'data/schema', file), text)

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
