import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Dataset } from '../../src/export/types.js'
import { collections } from './collections.js'

/**
 * Every collection as read from `data/<name>.json`. The schema tests check these files, which
 * is what makes the cast safe.
 *
 * @param dataDir - The data folder.
 * @returns The dataset.
 */
export function readDataset(dataDir: string): Dataset {
  return Object.fromEntries(
    collections.map(({ name }) => [name, JSON.parse(readFileSync(join(dataDir, `${name}.json`), 'utf8')) as unknown]),
  ) as unknown as Dataset
}
