import type { Multiplier } from '../types.js'
import { refuse } from './checkNumber.js'

const MULTIPLIERS: readonly number[] = [0, 4, 8, 9]

/** Throws `INVALID_ARGUMENT` naming `input` unless `value` is a {@link Multiplier} (0, 4, 8, 9). */
export function multiplier(value: unknown, input: string): Multiplier {
  return MULTIPLIERS.includes(value as number) ? (value as Multiplier) : refuse('INVALID_ARGUMENT', input, `not a multiplier (0, 4, 8, 9): ${String(value)}`)
}
