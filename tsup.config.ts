import { readFile } from 'node:fs/promises'
import type { Plugin } from 'esbuild'
import { defineConfig, type Options } from 'tsup'
import { jsonParseModule } from './scripts/lib/jsonParseModule.mjs'

// The data files become `JSON.parse('…')` rather than object literals (scripts/lib/jsonParseModule.mjs
// says why), the very modules bench/scale.mjs builds at 10× to 1000× the data.
const jsonAsParse: Plugin = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /[\\/]data[\\/][a-z]+\.json$/ }, async ({ path }) => {
      const text = JSON.stringify(JSON.parse(await readFile(path, 'utf8')))
      return { contents: jsonParseModule(text), loader: 'js' }
    })
  },
}

const shared: Options = {
  // No source maps: they point into src/, which the package does not ship, and with the sources
  // copied in (data included) they were a third of the tarball. The output is readable as is.
  sourcemap: false,
  target: 'node20',
  // Left off: consumers' bundlers tree-shake the ESM output anyway.
  treeshake: false,
  esbuildPlugins: [jsonAsParse],
  // The few date functions used are compiled in: resolving each `date-fns/…` import reads
  // date-fns' package.json, whose exports map lists every function (~250 KB), at every start.
  noExternal: ['date-fns', '@date-fns/tz'],
  esbuildOptions(options) {
    // Chinese as UTF-8 (3 bytes a character) rather than \uXXXX escapes (6).
    options.charset = 'utf8'
  },
}

// The CJS build reads the data from the package's own `data/*.json` (the canonical files, which
// ship anyway) rather than carrying a second copy of it: `require` of JSON is plain Node, and CJS
// output does not tree-shake in consumers' bundlers, so an inlined copy saved nobody bytes.
const dataFromPackage: Plugin = {
  name: 'data-from-package',
  setup(build) {
    build.onResolve({ filter: /[\\/]data[\\/][a-z]+\.json$/ }, ({ path }) => ({ path: `../data/${path.split('/').pop()}`, external: true }))
  },
}

export default defineConfig([
  {
    ...shared,
    // The library, its schema entry and the CLI in one ESM build with shared chunks: the CLI
    // loads the very modules `import 'cdht-data'` does, so the data and the helpers are in the
    // output once. Each entry file stays small; `index.js` imports the chunks it needs.
    entry: { index: 'src/index.ts', schema: 'src/schema/index.ts', cli: 'src/cli/main.ts' },
    format: ['esm'],
    splitting: true,
    // The declarations are written once, by the CJS build (`*.d.cts`); scripts/esm-types.mjs
    // then writes each `*.d.ts` as a one-line re-export of them.
    dts: false,
    clean: true,
  },
  {
    ...shared,
    entry: { index: 'src/index.ts', schema: 'src/schema/index.ts' },
    format: ['cjs'],
    // One file per entry: a `require` loads one module and the data files.
    splitting: false,
    dts: { entry: { index: 'src/index.ts', schema: 'src/schema/index.ts' } },
    esbuildPlugins: [dataFromPackage],
  },
])
