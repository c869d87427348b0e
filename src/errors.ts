// The codes as a list, so isCdhtDataError can tell a code of ours from a look-alike's.
/**
 * Why a helper refused its input. `BREAK_IN_SERIES`: a break in series lies between two figures;
 * `COMPARABILITY_UNKNOWN`: neither of two figures states its coverage (the bonded zone with or
 * without the Shuangliu area), so whether they are one series is unknown.
 * @category Errors
 */
export type CdhtDataErrorCode =
  | 'NOT_FINITE'
  | 'NOT_POSITIVE'
  | 'NOT_INTEGER'
  | 'UNKNOWN_ID'
  | 'UNIT_MISMATCH'
  | 'SCOPE_MISMATCH'
  | 'INVALID_DATE'
  | 'INVALID_PERIOD'
  | 'INVALID_ARGUMENT'
  | 'BREAK_IN_SERIES'
  | 'COMPARABILITY_UNKNOWN'

// The codes at run time, for isCdhtDataError. A record over the type fails to compile when a code
// is added to one and not the other.
const CODE_SET: Readonly<Record<CdhtDataErrorCode, true>> = {
  NOT_FINITE: true,
  NOT_POSITIVE: true,
  NOT_INTEGER: true,
  UNKNOWN_ID: true,
  UNIT_MISMATCH: true,
  SCOPE_MISMATCH: true,
  INVALID_DATE: true,
  INVALID_PERIOD: true,
  INVALID_ARGUMENT: true,
  BREAK_IN_SERIES: true,
  COMPARABILITY_UNKNOWN: true,
}
const CODES: readonly string[] = /* @__PURE__ */ Object.keys(CODE_SET)

/**
 * The error every helper throws for bad input. `code` says what was wrong and `input` names
 * the argument, so callers can react without parsing messages. The class and its prototype are
 * frozen (like the data): assigning to `CdhtDataError.prototype.code` throws in strict mode.
 *
 * @category Errors
 * @example
 * ```ts
 * import { CdhtDataError } from 'cdht-data'
 * const error = new CdhtDataError('NOT_FINITE', 'previous', 'previous must be a finite number, got NaN')
 * console.log(error.code)
 * //=> 'NOT_FINITE'
 * ```
 */
export class CdhtDataError extends Error {
  override readonly name = 'CdhtDataError'
  /** What was wrong with the input. */
  readonly code: CdhtDataErrorCode
  /** The name of the offending argument (or field path), e.g. `previous` or `target.unit`. */
  readonly input: string

  constructor(code: CdhtDataErrorCode, input: string, message: string) {
    super(message)
    this.code = code
    this.input = input
  }

  // Shared by every error any helper throws: no caller may change what they all inherit.
  static {
    Object.freeze(this.prototype)
    Object.freeze(this)
  }
}

/**
 * Whether a value is a {@link CdhtDataError}, also for errors from another copy of the package
 * or another realm, where `instanceof` fails.
 *
 * @category Errors
 * @param value - Anything, typically what a `catch` clause caught.
 * @returns Whether it is a {@link CdhtDataError} with one of the {@link CdhtDataErrorCode}s (and,
 * in TypeScript, narrows it to one); `false` for any look-alike with another code, and for a proxy
 * that throws when read.
 * @throws Never: any value is accepted.
 * @example
 * ```ts
 * import { isCdhtDataError, growthRate } from 'cdht-data'
 * try { growthRate(1, 0) } catch (error) { console.log(isCdhtDataError(error)) }
 * //=> true
 * ```
 */
export function isCdhtDataError(value: unknown): value is CdhtDataError {
  // A proxy can throw from any read, instanceof included: that is not one of ours either.
  try {
    // From another realm (a vm context, an iframe) an Error is no instance of this realm's Error.
    const ours = value instanceof CdhtDataError || (Object.prototype.toString.call(value) === '[object Error]' && (value as Error).name === 'CdhtDataError')
    return ours && CODES.includes((value as CdhtDataError).code)
  } catch {
    return false
  }
}
