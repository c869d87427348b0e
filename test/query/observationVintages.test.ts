import { describe, expect, it } from 'vitest'
import { observations } from '../../src/data/collections.js'
import { getObservation } from '../../src/query/getObservation.js'
import { getSource } from '../../src/query/getSource.js'
import { observationVintages } from '../../src/query/observationVintages.js'
import type { Observation } from '../../src/types.js'
import { revisedDataset } from './_revised.js'

describe('observationVintages', () => {
  it('lists one vintage for a figure published once', () => {
    expect(observationVintages('gdp', '2023').map((o) => o.id)).toEqual(['gdp-2023'])
  })

  it('orders vintages by publication date, unknown dates first, whatever the data order', () => {
    expect(observationVintages('gdp', '2022', { dataset: revisedDataset }).map((o) => o.id)).toEqual([
      'gdp-2022-undated',
      'gdp-2022',
      'gdp-2022-revised',
    ])
  })

  it('puts a revision after what it revises when both appeared the same day', () => {
    const original = getObservation('gdp-2023')
    const sameDay = { ...original, id: 'gdp-2023-corrected', value: 3201.3, supersedes: 'gdp-2023' } as unknown as Observation
    const dataset = { ...revisedDataset, observations: [sameDay, ...observations] }
    expect(observationVintages('gdp', '2023', { dataset }).map((o) => o.id)).toEqual(['gdp-2023', 'gdp-2023-corrected'])
  })

  it('returns an empty list for a figure the dataset does not have', () => {
    expect(observationVintages('gdp', '2015')).toEqual([])
  })

  it('refuses an unknown indicator with UNKNOWN_ID naming indicator', () => {
    expect(() => observationVintages('x' as 'gdp', '2023')).toThrow(expect.objectContaining({ code: 'UNKNOWN_ID', input: 'indicator' }))
  })

  // The vintage rules rely on this: a revision never comes from a source published before the
  // one it revises (else the publication date and `supersedes` would disagree).
  it('finds every revision in the data published no earlier than what it revises', () => {
    for (const revision of observations.filter((o) => o.supersedes !== undefined)) {
      const revised = getObservation(revision.supersedes!)
      const [later, earlier] = [getSource(revision.source).published, getSource(revised.source).published]
      expect(later, `${revision.id} revises ${revised.id}`).not.toBeNull()
      if (earlier !== null) expect(later! >= earlier, `${revision.id} (${later}) revises ${revised.id} (${earlier})`).toBe(true)
    }
  })
})
