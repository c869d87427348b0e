import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Plugin } from 'esbuild'
import { defineConfig, type Options } from 'tsup'

// The data files become `JSON.parse('…')` rather than object literals: V8 parses JSON faster
// than the same data as code, and the string is smaller in the output. Marked pure, so a
// consumer's bundler still drops a collection nobody imports.
const jsonAsParse: Plugin = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /[\\/]data[\\/][a-z]+\.json$/ }, async ({ path }) => {
      const text = JSON.stringify(JSON.parse(await readFile(path, 'utf8')))
      return { contents: `export default /* @__PURE__ */ JSON.parse(${singleQuoted(text)})`, loader: 'js' }
    })
  },
}

/** A JS string literal in single quotes: JSON has few of them, so little needs escaping. */
function singleQuoted(text: string): string {
  return `'${text.replace(/[\\'\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`
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

// The CLI takes the data from the library's own built entry: every import of the collections
// module resolves to `./index.js`, which exports them under the same names. So the data is
// compiled into the ESM output once, and the CLI loads the very file `import 'cdht-data'` does.
const COLLECTIONS = resolve(import.meta.dirname, 'src/data/collections.js')
const collectionsFromEntry: Plugin = {
  name: 'collections-from-entry',
  setup(build) {
    build.onResolve({ filter: /collections\.js$/ }, ({ path, resolveDir }) =>
      resolve(resolveDir, path) === COLLECTIONS ? { path: './index.js', external: true } : undefined,
    )
  },
}

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts', schema: 'src/schema/index.ts' },
    format: ['esm', 'cjs'],
    // One file per entry: an import loads one module, not a graph of chunks.
    splitting: false,
    dts: true,
    clean: true,
  },
  {
    ...shared,
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    esbuildPlugins: [jsonAsParse, collectionsFromEntry],
  },
])
