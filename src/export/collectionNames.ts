import type { Dataset } from './types.js'

/** The collections of a dataset, in the order the files are written and listed. */
export const COLLECTION_NAMES = [
  'sources',
  'indicators',
  'observations',
  'targets',
  'zones',
  'industries',
  'chains',
  'parks',
  'projects',
  'plan',
  'facts',
  'breaks',
] as const satisfies readonly (keyof Dataset)[]
