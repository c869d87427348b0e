import { join } from 'node:path'
import { isCdhtDataError } from '../errors.js'
import { outputPreferences, parseCommandLine } from './args.js'
import type { Invocation } from './args.js'
import { colorEnabled, createStyle } from './color.js'
import { jsonOutput } from './context.js'
import type { CommandContext, CommandResult, FileToWrite, RunCommand } from './context.js'
import { CliFailure, exitCodeOf, failure } from './failure.js'
import { withStringWidth } from './displayWidth.js'
import { commandHelp, toolHelp } from './help.js'
import { datasetLine, isReleased } from './releaseLine.js'
import { terminalWidth } from './terminalWidth.js'
import { wrapToWidth } from './wrap.js'
import { COMMAND_OPTIONS, COMMANDS, GLOBAL_OPTIONS } from './spec.js'
import type { DataCommandName, Lang } from './spec.js'

/** The outside world the CLI talks to; main.ts passes the process's, tests pass fakes. */
export interface CliIo {
  readonly stdout: { readonly write: (text: string) => unknown; readonly isTTY?: boolean; readonly columns?: number }
  readonly stderr: { readonly write: (text: string) => unknown; readonly isTTY?: boolean }
  readonly env: Readonly<Record<string, string | undefined>>
  /** Writes a file, creating its folder. */
  readonly writeFile: (path: string, content: string) => void
  /**
   * Writes files (paths relative to `dir`) all at once, never losing a file that was there
   * (src/cli/writeFiles.ts); without it, test doubles get each file through `writeFile`.
   */
  readonly writeFiles?: (dir: string, files: readonly FileToWrite[], options: { readonly force: boolean; readonly lang: Lang }) => void
  /** The version in the installed package.json. */
  readonly packageVersion: () => string
  readonly now: () => Date
}

// Each command is its own module, imported only when run: --help and --version load no data.
const commandModules: Readonly<Record<DataCommandName, () => Promise<{ readonly run: RunCommand }>>> = {
  summary: () => import('./commands/summary.js'),
  list: () => import('./commands/list.js'),
  show: () => import('./commands/show.js'),
  growth: () => import('./commands/growth.js'),
  gap: () => import('./commands/gap.js'),
  export: () => import('./commands/export.js'),
}

const EIGHT_HOURS = 8 * 3_600_000

/**
 * Today in Beijing, `YYYY-MM-DD`, whatever the host's zone: the library's day (deadlines are
 * calendar days in China). China has kept UTC+8 all year since 1991, so for the present moment
 * the day is the UTC date eight hours on. The library's beijingDay asks the platform's zone data
 * instead, which is right for any instant back to 1986 but costs about 35 ms of loading at the
 * first call: most of a command's start-up. A test checks the two agree from 1992 to 2100.
 */
export function beijingToday(now: Date): string {
  return new Date(now.getTime() + EIGHT_HOURS).toISOString().slice(0, 10)
}

/**
 * The one line a failure prints on stderr: `cdht-data: unknown id "gpd" (did you mean gdp?)`,
 * or with --json an object with the code, message, suggestions and exit code.
 */
export function failureLine(problem: CliFailure, lang: Lang, json: boolean): string {
  if (json) {
    const { code, message, suggestions, kind } = problem
    return `${JSON.stringify({ error: { code, message, suggestions, exitCode: exitCodeOf(kind) } })}\n`
  }
  const names = problem.suggestions.join(lang === 'zh' ? '、' : ', ')
  const hint =
    problem.suggestions.length === 0 ? '' : lang === 'zh' ? `（是不是要输入 ${names}？）` : ` (did you mean ${names}?)`
  return `cdht-data: ${problem.message}${hint}\n`
}

/** Any thrown value as a CliFailure: helpers' CdhtDataErrors and anything unexpected fail with exit 1. */
function asFailure(error: unknown): CliFailure {
  if (error instanceof CliFailure) return error
  if (isCdhtDataError(error)) return failure(error.code, error.message)
  const message = error instanceof Error ? error.message : String(error)
  return failure('INTERNAL', `internal error: ${message}`)
}

async function versionText(io: CliIo, json: boolean, lang: Lang): Promise<string> {
  const width = terminalWidth(io.stdout, io.env)
  const { meta } = await import('../release/meta.js')
  const version = io.packageVersion()
  const released = isReleased(meta.version)
  if (json) return jsonOutput({ name: 'cdht-data', version, dataset: { version: meta.version, released: released ? meta.released : null, built: meta.released } })
  return `cdht-data ${version}\n${wrapToWidth(datasetLine(meta.version, meta.released, lang), width).join('\n')}\n`
}

function helpJson(invocation: Extract<Invocation, { action: 'help' }>): string {
  const { lang } = invocation.global
  const options = (names: readonly string[], specs: Readonly<Record<string, { readonly help: Readonly<Record<Lang, string>> }>>): Record<string, string> =>
    Object.fromEntries(names.map((name) => [`--${name}`, specs[name]?.help[lang] ?? '']))
  const describe = (name: keyof typeof COMMANDS): object => ({
    command: name,
    summary: COMMANDS[name].summary[lang],
    args: COMMANDS[name].args.map((arg) => ({ name: arg.name, required: arg.required })),
    options: options(COMMANDS[name].options, COMMAND_OPTIONS),
    examples: COMMANDS[name].examples,
  })
  const globalOptions = options(Object.keys(GLOBAL_OPTIONS), GLOBAL_OPTIONS)
  return jsonOutput(
    invocation.command === undefined
      ? { commands: (Object.keys(COMMANDS) as (keyof typeof COMMANDS)[]).map(describe), globalOptions }
      : { ...describe(invocation.command), globalOptions },
  )
}

function emit(result: CommandResult, io: CliIo, lang: Lang): void {
  const { output } = result
  if (output !== undefined && io.writeFiles !== undefined) io.writeFiles(output.dir, output.files, { force: output.force, lang })
  const single = output === undefined || io.writeFiles !== undefined ? [] : output.files.map((file) => ({ path: join(output.dir, file.path), content: file.content }))
  for (const file of [...(result.files ?? []), ...single]) {
    try {
      io.writeFile(file.path, file.content)
    } catch (error) {
      throw failure('WRITE_FAILED', `cannot write ${file.path}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  io.stdout.write(result.stdout)
  for (const note of result.notes ?? []) io.stderr.write(`${note}\n`)
}

/**
 * Runs the command line: parses it, loads the command's module, writes its answer, and reports a
 * failure in one line on stderr. Never throws.
 *
 * @param argv - The arguments after the program name.
 * @param io - Streams, environment, file writing, package version, clock.
 * @returns The exit code: 0 success, 1 failure, 2 usage error.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<0 | 1 | 2> {
  const preferences = outputPreferences(argv, io.env)
  try {
    const invocation = parseCommandLine(argv, io.env)
    const { lang, json } = invocation.global
    if (invocation.action === 'version') {
      io.stdout.write(await withStringWidth(() => versionText(io, json, lang)))
    } else if (invocation.action === 'help') {
      const width = terminalWidth(io.stdout, io.env)
      io.stdout.write(await withStringWidth(() => (json ? helpJson(invocation) : invocation.command === undefined ? toolHelp(lang, width) : commandHelp(invocation.command, lang, width))))
    } else {
      const today = beijingToday(io.now())
      const { asOf } = invocation.global
      // Loaded only with --as-of: it reads the publication days, which help and --version never need.
      if (asOf !== undefined) (await import('./checkAsOf.js')).checkAsOf(asOf, today, lang)
      const context: CommandContext = {
        lang,
        json,
        today: asOf ?? today,
        width: terminalWidth(io.stdout, io.env),
        style: createStyle(!json && colorEnabled(io.stdout, io.env)),
        ...(invocation.global.asOf === undefined ? {} : { asOf: invocation.global.asOf }),
      }
      const { run } = await commandModules[invocation.command]()
      emit(await withStringWidth(() => run({ args: invocation.args, options: invocation.options }, context)), io, lang)
    }
    return 0
  } catch (error) {
    const problem = asFailure(error)
    const line = failureLine(problem, preferences.lang, preferences.json)
    io.stderr.write(!preferences.json && colorEnabled(io.stderr, io.env) ? `${createStyle(true).red(line.trimEnd())}\n` : line)
    return exitCodeOf(problem.kind)
  }
}
