import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, type Plugin } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { consumerDir, writeConsumerFile } from './_consumer.js'

// Bundle bytes are deterministic, so budgets are tests. They bundle the ESM entry as an app's
// bundler would (the CJS build does not tree-shake in consumers' bundlers).
//
// The whole main entry has two budgets. Its code (every helper, the data files replaced by empty
// arrays) must stay within 15 KB. The data itself — every record with its verbatim passage and
// notes — is about 18 KB gzip on its own, so the entry as shipped has a total budget of 32 KB.
const KB = 1024
const budgets = [
  { name: 'one helper (growthRate)', source: `import { growthRate } from 'cdht-data'; console.log(growthRate(2, 1))`, maxGzip: 1 * KB },
  { name: 'one constant (indicators)', source: `import { indicators } from 'cdht-data'; console.log(indicators.length)`, maxGzip: 6 * KB },
  { name: 'the whole main entry, data included', source: `import * as cdht from 'cdht-data'; console.log(cdht)`, maxGzip: 32 * KB },
]

// Strings that only zod's code contains: if one appears, the main entry pulled zod in.
const ZOD_MARKERS = ['ZodError', '$ZodType', 'zod']

// As an app's bundler would: one ESM bundle, minified, for any platform.
const BUNDLE_OPTIONS = { bundle: true, minify: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' } as const

async function bundle(source: string): Promise<string> {
  const entry = writeConsumerFile(`size-${String(Math.random()).slice(2)}.mjs`, source)
  const result = await build({ ...BUNDLE_OPTIONS, entryPoints: [entry], absWorkingDir: consumerDir() })
  return result.outputFiles[0]!.text
}

/** Replaces every data/*.json import by an empty array, leaving the code alone. */
const emptyData: Plugin = {
  name: 'empty-data',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]data[\\/][a-z]+\.json$/ }, () => ({ contents: '[]', loader: 'json' }))
  },
}

describe('bundle size budgets (esbuild, minified, gzip)', () => {
  it('the main entry code without its data stays within 15360 bytes gzip', async () => {
    const result = await build({
      ...BUNDLE_OPTIONS,
      entryPoints: [resolve(import.meta.dirname, '../../src/index.ts')],
      plugins: [emptyData],
    })
    const code = result.outputFiles[0]!.text
    const gzip = gzipSync(code).length
    console.log(`size: the main entry code, data files emptied: ${code.length} B minified, ${gzip} B gzip (budget ${15 * KB} B)`)
    expect(gzip).toBeLessThanOrEqual(15 * KB)
  })

  it.each(budgets)('$name stays within $maxGzip bytes gzip', async ({ name, source, maxGzip }) => {
    const code = await bundle(source)
    const gzip = gzipSync(code).length
    console.log(`size: ${name}: ${code.length} B minified, ${gzip} B gzip (budget ${maxGzip} B)`)
    expect(gzip).toBeLessThanOrEqual(maxGzip)
  })

  it('the main entry contains no zod code', async () => {
    const code = await bundle(`import * as cdht from 'cdht-data'; console.log(cdht)`)
    for (const marker of ZOD_MARKERS) expect(code.includes(marker), `main bundle contains "${marker}"`).toBe(false)
  })

  it('the schema entry does contain zod (so the marker check above can fail)', async () => {
    const code = await bundle(`import { collectionSchemas } from 'cdht-data/schema'; console.log(collectionSchemas)`)
    expect(code).toContain('ZodError')
  })
})
