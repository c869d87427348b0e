import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateRelease } from '../../scripts/lib/generateRelease.js'
import type { DatasetMeta } from '../../src/release/types.js'
import { fixtureDataset } from '../export/fixtures.js'

/** A scratch repository holding the fixture data, a package version and maybe a manifest. */
function scratch(version: string, previous?: Partial<DatasetMeta>): string {
  const root = mkdtempSync(join(tmpdir(), 'release-'))
  mkdirSync(join(root, 'data'))
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'cdht-data', version }))
  for (const [name, records] of Object.entries(fixtureDataset)) writeFileSync(join(root, 'data', `${name}.json`), JSON.stringify(records))
  writeFileSync(join(root, 'data/errata.json'), '[]\n')
  if (previous) writeFileSync(join(root, 'data/manifest.json'), JSON.stringify(previous))
  return root
}

const schemaFiles = [['chains.schema.json', '{}\n']] as const
const manifestOf = (root: string, today = '2025-06-01'): DatasetMeta =>
  JSON.parse(generateRelease(root, schemaFiles, today).manifest) as DatasetMeta

describe('generateRelease', () => {
  it.each([
    ['keeps the release date while the version stays', '1.2.0', { version: '1.2.0', released: '2025-03-01' }, '2025-03-01'],
    ['dates a new version today', '1.3.0', { version: '1.2.0', released: '2025-03-01' }, '2025-06-01'],
    ['dates the first manifest today', '0.0.0', undefined, '2025-06-01'],
  ])('%s', (_name, version, previous, released) => {
    expect(manifestOf(scratch(version, previous))).toMatchObject({ name: 'cdht-data', version, released })
  })

  it('counts records and hashes the data files, the schema files and datapackage.json', () => {
    const manifest = manifestOf(scratch('1.0.0'))
    expect(manifest.counts).toMatchObject({ observations: 6, zones: 2, errata: 0 })
    expect(manifest.files['schema/chains.schema.json']).toBe(createHash('sha256').update('{}\n').digest('hex'))
    expect(manifest.files['errata.json']).toBe(createHash('sha256').update('[]\n').digest('hex'))
    expect(Object.keys(manifest.files)).toHaveLength(12 + 1 + 1 + 1)
    expect(manifest.files['export/datapackage.json']).toMatch(/^[0-9a-f]{64}$/)
  })

  it('writes the same values into the meta module, with the banner and a true example', () => {
    const root = scratch('2.0.0')
    const { manifest, metaModule } = generateRelease(root, schemaFiles, '2025-06-01')
    expect(metaModule.startsWith('// Generated from data/*.json and package.json by scripts/generate.ts — do not edit.')).toBe(true)
    expect(metaModule).toContain(`deepFreeze<DatasetMeta>(${manifest.trimEnd()})`)
    expect(metaModule).toContain("console.log(meta.version)\n * //=> '2.0.0'")
    expect(metaModule).toContain('console.log(meta.counts.observations)\n * //=> 6')
  })
})
