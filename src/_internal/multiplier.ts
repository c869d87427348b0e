import type { Multiplier } from '../types.js'
import { refuse, show } from './checkNumber.js'

const MULTIPLIERS: readonly unknown[] = [0, 4, 8, 9]

/** Throws `INVALID_ARGUMENT` naming `input` unless `value` is a {@link Multiplier} (0, 4, 8, 9). */
export function multiplier(value: unknown, input: string): Multiplier {
  return MULTIPLIERS.includes(value) ? (value as Multiplier) : refuse('INVALID_ARGUMENT', input, `not a multiplier (0, 4, 8, 9): ${show(value)}`)
}
