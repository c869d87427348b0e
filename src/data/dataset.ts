import type { Dataset } from '../export/types.js'
import { breaks, chains, facts, indicators, industries, observations, parks, plan, projects, sources, targets, zones } from './collections.js'

// An object literal rather than `import * as`: a namespace import makes the bundler build a
// namespace object beside the collections, which keeps every one of them in any bundle sharing
// that chunk. A literal nobody reads is dropped.

/** Every collection of the dataset, in full, under the main entry's names. */
export const dataset: Dataset = { sources, indicators, observations, targets, zones, industries, chains, parks, projects, plan, facts, breaks }
