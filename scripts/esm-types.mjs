// Writes `dist/<entry>.d.ts` as a re-export of `dist/<entry>.d.cts`. tsup would emit the same
// ~100 KB of declarations twice, once per format; the types do not differ between ESM and CJS,
// and an ES module may re-export a CommonJS one's types, so the ESM side points at the CJS file.
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const dist = join(import.meta.dirname, '../dist')
for (const entry of ['index', 'schema']) {
  if (!existsSync(join(dist, `${entry}.d.cts`))) throw new Error(`esm-types: dist/${entry}.d.cts is missing; run tsup first`)
  writeFileSync(join(dist, `${entry}.d.ts`), `export * from './${entry}.cjs'\n`)
}
