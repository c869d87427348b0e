import { periodKey } from './periodKey.js'

/** Periods in time order (see {@link periodKey}); for sorting many, compute the keys once instead. */
export function comparePeriods(a: string, b: string): number {
  const [keyA, keyB] = [periodKey(a), periodKey(b)]
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0
}
