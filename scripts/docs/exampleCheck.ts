/**
 * The rules that decide whether an example printed what its `//=>` comments say, and the loop
 * that runs the examples. test/package/examples.test.ts transpiles this module into the consumer
 * project and runs it there, so it compares the real values, not their printed text. The rules
 * are documented for authors in docs/contributing-docs.md.
 */
import { pathToFileURL } from 'node:url'
import { inspect, isDeepStrictEqual } from 'node:util'
import { runInThisContext } from 'node:vm'

/** The verdict on one `//=>` comment. */
export interface Outcome {
  /** The expectation as written after `//=>`. */
  readonly expected: string
  /** What was logged, as `util.inspect` shows it (strings quoted), or why nothing was. */
  readonly printed: string
  readonly ok: boolean
}

/**
 * Compares what an example logged with its expectations, in order: the n-th `console.log`
 * call with the n-th `//=>` comment. A block without `//=>` comments is not checked.
 *
 * @param logged - The arguments of each `console.log` call.
 * @param expectations - The texts after `//=>`.
 * @returns One outcome per expectation, plus a failed one per surplus `console.log` call.
 */
export function checkLogged(logged: readonly (readonly unknown[])[], expectations: readonly string[]): Outcome[] {
  if (expectations.length === 0) return []
  const outcomes = expectations.map((expected, index): Outcome => {
    const args = logged[index]
    if (args === undefined) return { expected, printed: '(nothing: no console.log call for this //=>)', ok: false }
    if (args.length === 1) return { expected, printed: show(args[0]), ok: matches(args[0], expected) }
    // Several values: compared as text, each shown as util.inspect shows it ('a' 1 true).
    const printed = args.map(show).join(' ')
    return { expected, printed, ok: printed === expected }
  })
  for (const args of logged.slice(expectations.length)) {
    outcomes.push({ expected: '(no //=> comment)', printed: args.map(show).join(' '), ok: false })
  }
  return outcomes
}

/**
 * Whether a logged value is what the expectation says. The expectation is read as a JavaScript
 * expression: `'6.15'` is the string, `6.15` the number, `{ zh: '亿元' }` an object. Values are
 * compared deeply and strictly (`'6'` is not `6`); an object also matches when its JSON form
 * does (a frozen record or class instance against a plain literal). An expectation that is not
 * an expression (`CdhtDataError: …`) is compared with the printed text (`String(error)` for an
 * Error, `util.inspect` otherwise).
 *
 * @param value - What was logged.
 * @param expected - The text after `//=>`.
 * @returns Whether they match.
 */
export function matches(value: unknown, expected: string): boolean {
  let parsed: unknown
  try {
    parsed = runInThisContext(`(${expected}\n)`)
  } catch {
    return show(value) === expected || (value instanceof Error && String(value) === expected)
  }
  if (isDeepStrictEqual(value, parsed)) return true
  // A frozen record or a class instance against a plain literal: compare their JSON forms.
  const bothObjects = typeof value === 'object' && value !== null && typeof parsed === 'object' && parsed !== null
  return bothObjects && isDeepStrictEqual(toJson(value), toJson(parsed))
}

function toJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown
}

function show(value: unknown): string {
  return value instanceof Error ? String(value) : inspect(value, { depth: null, breakLength: Infinity })
}

/** One example to run: the module file and the texts after its `//=>` comments. */
export interface ExampleModule {
  readonly file: string
  readonly expectations: readonly string[]
}

/** What running one example gave: the error it threw, or the verdicts on its output. */
export interface ExampleResult {
  readonly file: string
  /** The error as `String(error)` with its stack, when the example threw. */
  readonly error?: string
  readonly outcomes: readonly Outcome[]
}

/**
 * Runs example modules one after another in this process, each with `console.log` captured
 * while it is imported (top-level `await` included). One process for all keeps the run short: a
 * node start costs more than most examples.
 *
 * @param modules - The example files (absolute paths) and their expectations.
 * @returns One result per module, in order.
 */
export async function runExamples(modules: readonly ExampleModule[]): Promise<ExampleResult[]> {
  const results: ExampleResult[] = []
  const log = console.log
  for (const { file, expectations } of modules) {
    const logged: unknown[][] = []
    console.log = (...args: unknown[]): void => {
      logged.push(args)
    }
    try {
      await import(pathToFileURL(file).href)
      results.push({ file, outcomes: checkLogged(logged, expectations) })
    } catch (error) {
      results.push({ file, error: error instanceof Error ? (error.stack ?? String(error)) : String(error), outcomes: [] })
    } finally {
      console.log = log
    }
  }
  return results
}
