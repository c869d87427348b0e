import { resolve } from 'node:path'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')

/** Every cycle of static imports among the modules the entries reach. */
async function importCycles(): Promise<string[]> {
  const result = await build({
    entryPoints: ['src/index.ts', 'src/cli/main.ts'].map((entry) => resolve(root, entry)),
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    outdir: resolve(root, '.tmp/cycles'),
    packages: 'external',
    logLevel: 'silent',
  })
  const graph = new Map(
    Object.entries(result.metafile.inputs).map(([file, input]) => [file, input.imports.filter((i) => i.external !== true && i.kind === 'import-statement').map((i) => i.path)]),
  )
  const cycles: string[] = []
  const state = new Map<string, 'open' | 'done'>()
  const visit = (file: string, stack: string[]): void => {
    state.set(file, 'open')
    stack.push(file)
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].join(' → '))
      else if (!state.has(next)) visit(next, stack)
    }
    stack.pop()
    state.set(file, 'done')
  }
  for (const file of graph.keys()) if (!state.has(file)) visit(file, [])
  return cycles
}

describe('the module graph', () => {
  it('has no import cycle (dates, the dataset index and asOf used to import each other)', async () => {
    expect(await importCycles()).toEqual([])
  })
})
