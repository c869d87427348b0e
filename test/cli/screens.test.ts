import { describe, expect, it } from 'vitest'
import { displayWidth } from '../../src/cli/displayWidth.js'
import { runPiped, SAMPLE_RUNS } from './_context.js'
import { COMMANDS, LIST_COLLECTIONS } from '../../src/cli/spec.js'
import { chains, facts, industries, observations, parks, plan, projects, sources, targets, zones } from '../../src/index.js'

// Every command as a person runs it, at the narrowest and widest widths the CLI promises (40 and
// 200 columns, and the usual 80), in both languages: every line fits, nothing is cut at 200.

const first = (items: readonly { readonly id: string }[]): string[] => (items[0] === undefined ? [] : [items[0].id])

const COLLECTIONS: readonly (readonly { readonly id: string }[])[] = [observations, targets, zones, industries, chains, parks, projects, plan, facts, sources]

const RUNS: readonly (readonly string[])[] = [
  [],
  ['--help'],
  ['--version'],
  ...Object.keys(COMMANDS).map((command) => ['help', command]),
  ...LIST_COLLECTIONS.map((collection) => ['list', collection]),
  ...COLLECTIONS.flatMap(first).map((id) => ['show', id]),
  ['show', 'gdp'],
  ...SAMPLE_RUNS,
  ['summary', '--as-of', '2022-06-30'],
]

const screen = (argv: readonly string[], columns: number): ReturnType<typeof runPiped> => runPiped(argv, { COLUMNS: String(columns) })

describe('every line fits the screen', () => {
  for (const lang of ['zh', 'en'] as const) {
    for (const width of [40, 80, 200]) {
      it(`${lang} at ${width} columns`, async () => {
        for (const argv of RUNS) {
          const { stdout, stderr } = await screen([...argv, '--lang', lang], width)
          const wide = `${stdout}${stderr}`.split('\n').filter((line) => displayWidth(line) > width)
          expect(wide, `cdht-data ${argv.join(' ')}`).toEqual([])
          // Help says "(economy, finance…)" on purpose; elsewhere an ellipsis means a cut.
          if (width === 200 && argv[0] !== 'help') expect(stdout, `cdht-data ${argv.join(' ')}`).not.toContain('…')
        }
      })
    }
  }
  it('takes COLUMNS over the 80 of a pipe: summary > file keeps whole labels', async () => {
    const { stdout } = await screen(['summary', '--lang', 'en'], 200)
    expect(stdout).toMatch(/^General public budget revenue {2,}/m)
  })
})
