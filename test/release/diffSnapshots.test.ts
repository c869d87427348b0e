import { describe, expect, it } from 'vitest'
import { diffSnapshots } from '../../scripts/lib/diffSnapshots.js'
import { gdp2022, gdp2023, released, snapshot, withObservations } from './_snapshots.js'

const observationsDiff = (newer: ReturnType<typeof withObservations>) =>
  diffSnapshots(released, newer).collections.find((collection) => collection.name === 'observations')!

describe('diffSnapshots', () => {
  it('finds nothing between equal snapshots, whatever the record order', () => {
    const diff = diffSnapshots(released, withObservations([gdp2022, gdp2023]))
    expect(diff.collections.map(({ added, vintages, removed, changed }) => [added, vintages, removed, changed].flat())).toEqual([[], []])
  })

  it('lists added and removed ids', () => {
    const diff = observationsDiff(withObservations([gdp2023, { ...gdp2022, id: 'gdp-2024', period: '2024' }]))
    expect([diff.added, diff.removed]).toEqual([['gdp-2024'], ['gdp-2022']])
  })

  it('tells a new vintage (supersedes) apart from an addition, and leaves the old vintage unchanged', () => {
    const revision = { ...gdp2023, id: 'gdp-2023-r1', value: 3201.3, supersedes: 'gdp-2023' }
    const diff = observationsDiff(withObservations([gdp2023, gdp2022, revision]))
    expect(diff).toMatchObject({ added: [], vintages: [{ id: 'gdp-2023-r1', supersedes: 'gdp-2023' }], changed: [], removed: [] })
  })

  it('lists changed records field by field', () => {
    const diff = observationsDiff(withObservations([{ ...gdp2023, value: 3201.3 }, gdp2022]))
    expect(diff.changed).toEqual([{ id: 'gdp-2023', changes: [{ path: 'value', oldValue: 3201.2, newValue: 3201.3, kind: 'value' }] }])
  })

  it('marks collections that appear or disappear', () => {
    const diff = diffSnapshots(released, snapshot({ observations: [gdp2023, gdp2022], parks: [{ id: 'p' }] }))
    expect(diff.collections.map(({ name, status }) => [name, status])).toEqual([
      ['indicators', 'removed'],
      ['observations', 'kept'],
      ['parks', 'added'],
    ])
  })

  it('lists errata the release did not have', () => {
    const erratum = { collection: 'observations', id: 'gdp-2023', field: 'value', reason: 'typo' }
    const diff = diffSnapshots(snapshot({}, [erratum]), snapshot({}, [erratum, { ...erratum, field: 'decimals' }]))
    expect(diff.errataAdded).toEqual([{ ...erratum, field: 'decimals' }])
  })
})
