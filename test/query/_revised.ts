import * as collections from '../../src/data/collections.js'
import { observations } from '../../src/data/collections.js'
import { getObservation } from '../../src/query/getObservation.js'
import type { DatasetView } from '../../src/query/datasetView.js'
import type { Observation } from '../../src/types.js'

// The data has no revised figure yet, so the vintage rules are tested on a view that adds one:
// GDP 2022 as first reported (2023-02-20), revised by a source of 2024-02-23, listed first so
// that data order alone would pick the wrong one.
export const revision = {
  ...getObservation('gdp-2022'),
  id: 'gdp-2022-revised',
  value: 3020.1,
  source: 'cdht-work-meeting-2024',
  supersedes: 'gdp-2022',
} as unknown as Observation

/** A second figure from a source of unknown date, which sorts before every dated vintage. */
export const undated = { ...getObservation('gdp-2022'), id: 'gdp-2022-undated', value: 3000, source: 'chuanguan-cdht-2021-results' } as unknown as Observation

export const revisedDataset: DatasetView = Object.freeze({
  ...collections,
  asOf: null,
  observations: [revision, ...observations, undated],
})
