import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { baselineVersion, versionBump } from '../../scripts/lib/versionBump.js'

describe('versionBump', () => {
  it.each([
    ['1.2.3', '1.2.3', 'none'],
    ['1.2.3', '1.2.4', 'patch'],
    ['1.2.3', '1.3.0', 'minor'],
    ['1.2.3', '2.0.0', 'major'],
    ['0.1.0', '1.0.0', 'major'],
    ['v1.2.3', '1.2.4', 'patch'],
    ['1.2.3', '1.3.0-beta.1', 'minor'],
    ['1.3.0', '1.2.9', 'none'],
  ])('%s → %s is %s', (from, to, bump) => {
    expect(versionBump(from, to)).toBe(bump)
  })
})

describe('baselineVersion', () => {
  it('reads the version beside an installed package’s data folder, or in the package folder', () => {
    const folder = mkdtempSync(join(tmpdir(), 'installed-'))
    mkdirSync(join(folder, 'data'))
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'cdht-data', version: '1.4.2' }))
    expect([baselineVersion(join(folder, 'data'), folder), baselineVersion(folder, folder)]).toEqual(['1.4.2', '1.4.2'])
  })

  it('is null when there is no package.json to read', () => {
    expect(baselineVersion(mkdtempSync(join(tmpdir(), 'empty-')), tmpdir())).toBeNull()
    expect(baselineVersion('no-such-ref-anywhere', tmpdir())).toBeNull()
  })
})
