/** Why the command stopped: `usage` exits 2 (the command line is wrong), `failure` exits 1. */
export type FailureKind = 'usage' | 'failure'

/**
 * What the CLI reports when it cannot answer: a one-line message, the kind (which decides the
 * exit code), a short machine-readable code, and the nearest valid names when the user mistyped
 * one. main.ts prints it on stderr; nothing shows a stack trace.
 */
export class CliFailure extends Error {
  override readonly name = 'CliFailure'
  readonly kind: FailureKind
  /** `UNKNOWN_COMMAND`, `UNKNOWN_OPTION`, `UNKNOWN_ID`, `INVALID_VALUE`…, for --json output. */
  readonly code: string
  /** Valid names close to what was typed, best first. */
  readonly suggestions: readonly string[]

  constructor(kind: FailureKind, code: string, message: string, suggestions: readonly string[] = []) {
    super(message)
    this.kind = kind
    this.code = code
    this.suggestions = suggestions
  }
}

/** A command line that cannot be run as typed: exit 2. */
export function usageError(code: string, message: string, suggestions: readonly string[] = []): CliFailure {
  return new CliFailure('usage', code, message, suggestions)
}

/** A well-formed request the data cannot answer (an unknown id, a write that failed): exit 1. */
export function failure(code: string, message: string, suggestions: readonly string[] = []): CliFailure {
  return new CliFailure('failure', code, message, suggestions)
}

/** The exit code of a failure kind: 2 for usage errors, 1 otherwise. */
export function exitCodeOf(kind: FailureKind): 1 | 2 {
  return kind === 'usage' ? 2 : 1
}
