import type { CommandOptions } from './args.js'
import type { Style } from './color.js'
import type { Lang } from './spec.js'

/** What every command knows about how it was called. */
export interface CommandContext {
  readonly lang: Lang
  /** Print JSON instead of text. */
  readonly json: boolean
  /** `--as-of`: only data published by this date (`YYYY-MM-DD`). */
  readonly asOf?: string
  /** The date taken as today, `YYYY-MM-DD`: `--as-of` when given, else the local date. */
  readonly today: string
  /** Columns a line may take. */
  readonly width: number
  readonly style: Style
}

/** The arguments after the command name and the command's options, as args.ts checked them. */
export interface CommandRequest {
  readonly args: readonly string[]
  readonly options: CommandOptions
}

/** A file a command asks main.ts to write. */
export interface FileToWrite {
  /** Where, as given by the user (`--out`) joined with the file's relative path. */
  readonly path: string
  readonly content: string
}

/**
 * What a command produced. Commands compute it without touching the outside world; main.ts
 * writes the files, then stdout, then the notes on stderr.
 */
export interface CommandResult {
  /** The answer: text, or JSON with --json. */
  readonly stdout: string
  /** Notes for the person at the terminal (what was written, caveats), one per line. */
  readonly notes?: readonly string[]
  readonly files?: readonly FileToWrite[]
  /**
   * Files to write into a folder all at once (`export --out`): `files` relative to `dir`, an
   * existing file replaced only with `force`.
   */
  readonly output?: { readonly dir: string; readonly force: boolean; readonly files: readonly FileToWrite[] }
}

/** The one function each module of src/cli/commands exports. */
export type RunCommand = (request: CommandRequest, context: CommandContext) => CommandResult

/** A value as the JSON output of a command: two-space indented, ending with a line break. */
export function jsonOutput(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
