import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run.js'
import type { CliIo } from '../../src/cli/run.js'
import { SAMPLE_RUNS } from './_context.js'

// What a user sees, byte for byte, for each command in both languages. Work that should change no
// output (performance, refactoring) must leave these files as they are; work that changes output
// on purpose updates them (`npx vitest run test/cli/snapshots.test.ts -u`) and the diff is reviewed.

const COMMANDS: readonly (readonly string[])[] = [
  ['summary'],
  ['show', 'gdp-2023'],
  ['show', 'gdp-target-2021'],
  ...SAMPLE_RUNS,
  ['list', 'observations', '--period', '2023'],
  ['list', 'targets'],
  ['export', '--format', 'jsonstat'],
  ['export', '--format', 'ndjson'],
]

async function output(argv: readonly string[]): Promise<string> {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    stdout: { write: (text: string) => out.push(text), isTTY: false },
    stderr: { write: (text: string) => err.push(text), isTTY: false },
    env: {},
    writeFile: () => undefined,
    packageVersion: () => '0.0.0-snapshot',
    now: () => new Date('2026-11-30T04:00:00Z'),
  }
  const code = await runCli(argv, io)
  return `$ cdht-data ${argv.join(' ')}\n# exit ${code}\n# stdout\n${out.join('')}\n# stderr\n${err.join('')}`
}

const name = (argv: readonly string[]): string => argv.join('_').replace(/[^a-z0-9_-]+/gi, '-')

describe('command output snapshots', () => {
  for (const lang of ['zh', 'en'] as const) {
    for (const argv of COMMANDS) {
      it(`${lang}: ${argv.join(' ')}`, async () => {
        await expect(await output([...argv, '--lang', lang])).toMatchFileSnapshot(`__snapshots__/${lang}/${name(argv)}.txt`)
      })
    }
    it(`${lang}: show gdp-2023 --json`, async () => {
      await expect(await output(['show', 'gdp-2023', '--json', '--lang', lang])).toMatchFileSnapshot(`__snapshots__/${lang}/show_gdp-2023_json.txt`)
    })
  }
})
