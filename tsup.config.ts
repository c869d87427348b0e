import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Plugin } from 'esbuild'
import { defineConfig, type Options } from 'tsup'
import { jsonParseModule } from './scripts/lib/jsonParseModule.mjs'
import { wholeReExports } from './scripts/lib/publicModules.mjs'

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
  // Non-ASCII characters are written as \uXXXX escapes (esbuild's default charset): a file of
  // ASCII is read and scanned as one-byte text, while one with Chinese in it is decoded from
  // UTF-8 and scanned as two-byte text, a tenth of what importing the entry cost. The escapes
  // cost the tarball about 1 KB, gzipped.
}

// The CLI requires every module the main entry re-exports whole from the built `./index.cjs`
// (scripts/lib/publicModules.mjs): the data and the public helpers are in the package once, and
// the CLI loads the very file `require('cdht-data')` does.
// Except errors.ts: run.ts checks every failure before a command runs, and `--help` must not
// load the data for that; `isCdhtDataError` recognises the library's errors from another copy.
const PUBLIC_MODULES = wholeReExports(resolve(import.meta.dirname, 'src/index.ts'))
PUBLIC_MODULES.delete(resolve(import.meta.dirname, 'src/errors.ts'))
const libraryFromEntry: Plugin = {
  name: 'library-from-entry',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, ({ path, resolveDir }) =>
      PUBLIC_MODULES.has(resolve(resolveDir, path).replace(/\.js$/, '.ts')) ? { path: './index.cjs', external: true } : undefined,
    )
  },
}

export default defineConfig([
  {
    ...shared,
    // One file per entry: `import 'cdht-data'` loads one module, not a graph of chunks (which
    // cost a fifth of node's start-up here).
    entry: { index: 'src/index.ts', schema: 'src/schema/index.ts' },
    format: ['esm'],
    splitting: false,
    // The declarations are written once, by the CJS build (`*.d.cts`); scripts/esm-types.mjs
    // then writes each `*.d.ts` as a one-line re-export of them.
    dts: false,
    // The build script empties dist/ first: three configs build side by side, so no one of them may clean.
    clean: false,
  },
  {
    ...shared,
    entry: { index: 'src/index.ts', schema: 'src/schema/index.ts' },
    format: ['cjs'],
    splitting: false,
    dts: { entry: { index: 'src/index.ts', schema: 'src/schema/index.ts' } },
    // The CJS entry carries its own copy of the data, as the ESM one does. It required the
    // package's data/*.json, the very objects `require('cdht-data/data/observations.json')` hands an
    // app: an app that changed them before requiring the library changed its answers, and the
    // library froze the app's objects. One file is also quicker to require than thirteen.
  },
  {
    ...shared,
    // CommonJS, one file: Node 20's ES module loader reads each module through the thread pool
    // and links it asynchronously, which cost the CLI about a tenth of its start-up (`summary`
    // 1.65× bare node as ESM chunks, 1.46× as one CJS file). Each command is still evaluated only
    // when it runs: esbuild turns `import()` of a bundled module into a lazy initialiser, so
    // `--help` requires neither the commands nor `./index.cjs` and its data.
    entry: { cli: 'src/cli/main.ts' },
    format: ['cjs'],
    splitting: false,
    // `import.meta.url` (main.ts finds the package.json above it) from `__filename`.
    shims: true,
    // No comments or indentation in the command's file (names kept, so stack traces still say
    // where): 4 KB less in the gzipped tarball, and less for node to read and scan at each start.
    minifyWhitespace: true,
    esbuildPlugins: [jsonAsParse, libraryFromEntry],
  },
])
