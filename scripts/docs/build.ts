/**
 * Regenerates the docs files derived from the data and the types (see outputs.ts): the data
 * catalogue, the charts and the data-model diagram. `npm run docs` runs it before TypeDoc.
 * With --check, writes nothing and exits 1 when a file is out of date.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { docsOutputs } from './outputs.js'

const root = join(import.meta.dirname, '../..')
const check = process.argv.includes('--check')
let stale = 0
for (const { path, text } of docsOutputs(root)) {
  const file = join(root, path)
  if (existsSync(file) && readFileSync(file, 'utf8') === text) continue
  if (check) {
    console.error(`out of date: ${path}`)
    stale++
  } else {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, text)
    console.log(`wrote ${path}`)
  }
}
if (stale > 0) {
  console.error('Run `npm run docs` (or `npx tsx scripts/docs/build.ts`) and commit the result.')
  process.exit(1)
}
