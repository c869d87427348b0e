import { createStyle } from '../../src/cli/color.js'
import type { CommandContext, CommandRequest } from '../../src/cli/context.js'
import { displayWidth } from '../../src/cli/displayWidth.js'
import { CliFailure } from '../../src/cli/failure.js'
import { runCli } from '../../src/cli/run.js'
import type { CliIo } from '../../src/cli/run.js'

/**
 * The runs every screen test of the CLI covers (narrow widths, every width, snapshots): a zone,
 * a series with its reported rates, the bonded zone's trade across coverage and currency breaks,
 * a target with the dataset's actual, and one with a caller's actual on a day.
 */
export const SAMPLE_RUNS: readonly (readonly string[])[] = [
  ['show', 'cdht'],
  ['growth', 'gdp'],
  ['growth', 'foreign-trade', '--zone', 'bonded-zone'],
  ['gap', 'gdp-target-2021'],
  ['gap', 'bio-industry-scale-bio-town-2024', '--actual', '1500', '--on', '2024-09-30'],
]

/** A command context as main.ts builds it for a pipe: width 80, no colour, a fixed today. */
export function contextFor(overrides: Partial<CommandContext> = {}): CommandContext {
  return { lang: 'en', json: false, today: '2024-03-01', width: 80, style: createStyle(false), ...overrides }
}

/** A request with the given arguments and options (no --bom unless told). */
export function requestFor(args: readonly string[], options: Partial<CommandRequest['options']> = {}): CommandRequest {
  return { args, options: { bom: false, ...options } }
}

/** The lines of a text wider than `width` display columns. */
export function linesWiderThan(text: string, width = 80): string[] {
  return text.split('\n').filter((line) => displayWidth(line) > width)
}

/** The CliFailure an action throws; any other outcome fails the test. */
export function failureOf(action: () => unknown): CliFailure {
  try {
    action()
  } catch (error) {
    if (error instanceof CliFailure) return error
    throw error
  }
  throw new Error('no failure')
}

/** What `cdht-data argv` writes when its output is piped (no colour), under `env`, on a fixed day. */
export async function runPiped(argv: readonly string[], env: CliIo['env'] = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    stdout: { write: (text: string) => out.push(text), isTTY: false },
    stderr: { write: (text: string) => err.push(text), isTTY: false },
    env,
    writeFile: () => undefined,
    packageVersion: () => '0.0.0',
    now: () => new Date('2026-11-30T04:00:00Z'),
  }
  const code = await runCli(argv, io)
  return { code, stdout: out.join(''), stderr: err.join('') }
}
