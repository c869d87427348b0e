import { describe, expect, it } from 'vitest'
import { diffSnapshots } from '../../scripts/lib/diffSnapshots.js'
import { formatChangeset, formatFirstRelease } from '../../scripts/lib/formatChangeset.js'
import { formatDiff } from '../../scripts/lib/formatDiff.js'
import { gdp2022, gdp2023, released, withObservations } from './_snapshots.js'

describe('formatDiff', () => {
  it('names every record added, revised, changed (old → new) and removed', () => {
    const erratum = { collection: 'observations', id: 'gdp-2023', field: 'value', reason: 'transcription error' }
    const newer = withObservations(
      [{ ...gdp2023, value: 3201.3 }, { ...gdp2022, id: 'gdp-2024', period: '2024' }, { ...gdp2023, id: 'gdp-2023-r1', supersedes: 'gdp-2023' }],
      [erratum],
    )
    expect(formatDiff(diffSnapshots(released, newer), 'v1.0.0')).toBe(
      [
        'Data changes since v1.0.0:',
        '',
        '- **observations**: 1 added, 1 new vintage(s), 1 changed, 1 removed',
        '  - added: `gdp-2024`',
        '  - new vintage: `gdp-2023-r1` revises `gdp-2023`',
        '  - changed: `gdp-2023` `value`: `3201.2` → `3201.3` (erratum: transcription error)',
        '  - removed: `gdp-2022`',
        '- **errata**: 1 correction(s) recorded in data/errata.json',
        '',
      ].join('\n'),
    )
  })

  it('shows an absent field as (absent) and a new collection as such', () => {
    const newer = withObservations([{ ...gdp2023, note: 'n' }, gdp2022])
    expect(formatDiff(diffSnapshots(released, newer), 'v1.0.0')).toContain('`note`: (absent) → `"n"`')
  })

  it('says so when nothing changed', () => {
    expect(formatDiff(diffSnapshots(released, released), 'v1.0.0')).toBe('No data changes since v1.0.0.\n')
  })
})

describe('formatChangeset', () => {
  it('writes front matter with the bump, then the summary', () => {
    expect(formatChangeset('cdht-data', 'minor', 'Data changes.\n\n')).toBe('---\n"cdht-data": minor\n---\n\nData changes.\n')
  })

  it('summarises a first release by counts', () => {
    expect(formatFirstRelease(released)).toBe('First release of the data (no earlier release to diff against): indicators 1, observations 2 records.\n')
  })
})
