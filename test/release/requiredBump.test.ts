import { describe, expect, it } from 'vitest'
import type { Bump } from '../../scripts/lib/bump.js'
import { checkBump } from '../../scripts/lib/checkBump.js'
import { diffSnapshots } from '../../scripts/lib/diffSnapshots.js'
import { requiredBump } from '../../scripts/lib/requiredBump.js'
import type { Snapshot } from '../../scripts/lib/snapshot.js'
import { gdp2022, gdp2023, released, snapshot, withObservations } from './_snapshots.js'

// The release policy of docs/versioning.md, case by case: what each kind of data change needs,
// and whether the pending changesets cover it.
const cases: { name: string; newer: Snapshot; required: Bump }[] = [
  { name: 'nothing changed', newer: withObservations([gdp2023, gdp2022]), required: 'none' },
  { name: 'a corrected value (patch)', newer: withObservations([{ ...gdp2023, value: 3201.3 }, gdp2022]), required: 'patch' },
  { name: 'a corrected label (patch)', newer: snapshot({ ...Object.fromEntries(released.collections), indicators: [{ id: 'gdp', label: { zh: '地区生产总值', en: 'Gross domestic product', enOrigin: 'ours' }, unit: 'CNY' }] }), required: 'patch' },
  { name: 'a new erratum alone (patch)', newer: withObservations([gdp2023, gdp2022], [{ collection: 'observations', id: 'gdp-2023' }]), required: 'patch' },
  { name: 'a new period (minor)', newer: withObservations([gdp2023, gdp2022, { ...gdp2022, id: 'gdp-2024', period: '2024' }]), required: 'minor' },
  { name: 'a new vintage (minor, not a change)', newer: withObservations([gdp2023, gdp2022, { ...gdp2023, id: 'gdp-2023-r1', supersedes: 'gdp-2023', value: 3201.3 }]), required: 'minor' },
  { name: 'a new collection (minor)', newer: snapshot({ ...Object.fromEntries(released.collections), parks: [{ id: 'p' }] }), required: 'minor' },
  { name: 'a removed id (major)', newer: withObservations([gdp2023]), required: 'major' },
  { name: 'a renamed id (major)', newer: withObservations([gdp2023, { ...gdp2022, id: 'gdp-2022-level' }]), required: 'major' },
  { name: 'a changed unit (major)', newer: withObservations([{ ...gdp2023, unit: 'count' }, gdp2022]), required: 'major' },
  { name: 'a changed multiplier (major)', newer: withObservations([{ ...gdp2023, value: 32012000, multiplier: 4 }, gdp2022]), required: 'major' },
  { name: 'a changed type (major)', newer: withObservations([{ ...gdp2023, value: '3201.2' }, gdp2022]), required: 'major' },
  { name: 'a removed collection (major)', newer: snapshot({ observations: [gdp2023, gdp2022] }), required: 'major' },
]

describe('requiredBump', () => {
  it.each(cases)('$name needs $required', ({ newer, required }) => {
    expect(requiredBump(diffSnapshots(released, newer)).bump).toBe(required)
  })

  it('says why, biggest reason first', () => {
    const newer = withObservations([{ ...gdp2023, value: 1 }, { ...gdp2022, id: 'gdp-2024' }])
    expect(requiredBump(diffSnapshots(released, newer)).reasons).toEqual([
      'major: observations: id removed or renamed: gdp-2022',
      'minor: observations: 1 record(s) added',
      'patch: observations: gdp-2023: value corrected',
    ])
  })
})

describe('checkBump', () => {
  const removal = requiredBump(diffSnapshots(released, withObservations([gdp2023])))
  const addition = requiredBump(diffSnapshots(released, withObservations([gdp2023, gdp2022, { ...gdp2022, id: 'gdp-2024' }])))
  const unchanged = requiredBump(diffSnapshots(released, released))

  it.each<[string, ReturnType<typeof requiredBump>, Bump, boolean]>([
    ['a removed id with a minor changeset fails', removal, 'minor', false],
    ['a removed id with no changeset fails', removal, 'none', false],
    ['a removed id with a major changeset passes', removal, 'major', true],
    ['a new record with a patch changeset fails', addition, 'patch', false],
    ['a new record with a minor changeset passes', addition, 'minor', true],
    ['a new record with a major changeset passes', addition, 'major', true],
    ['unchanged data passes without a changeset', unchanged, 'none', true],
  ])('%s', (_name, required, declared, ok) => {
    expect(checkBump(required, declared, 'v1.0.0').ok).toBe(ok)
  })

  it('names the reasons and the way out when it fails', () => {
    const { message } = checkBump(removal, 'minor', 'v1.0.0')
    expect(message).toContain('need a major release, but the pending changesets declare minor')
    expect(message).toContain('id removed or renamed: gdp-2022')
    expect(message).toContain('npm run data:changeset')
  })
})
