import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readDataset } from '../../scripts/lib/readDataset.js'
import { exportFiles } from '../../src/export/exportFiles.js'
import { errata } from '../../src/release/errata.js'
import { meta } from '../../src/release/meta.js'

const root = join(import.meta.dirname, '../..')
const dataDir = join(root, 'data')
const sha256 = (content: string | Buffer): string => createHash('sha256').update(content).digest('hex')
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }

describe('meta', () => {
  it('holds the same values as data/manifest.json', () => {
    expect(meta).toEqual(JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')))
  })

  it('is the package version, released on a calendar day', () => {
    expect(meta.version).toBe(version)
    expect(meta.released).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('counts the records of every collection and the errata', () => {
    const dataset = readDataset(dataDir)
    const counts = Object.fromEntries(Object.entries(dataset).map(([name, records]) => [name, (records as unknown[]).length]))
    expect(meta.counts).toEqual({ ...counts, errata: errata.length })
  })

  it.each(Object.entries(meta.files).filter(([path]) => !path.startsWith('export/')))('%s has the listed sha256', (path, hash) => {
    expect(sha256(readFileSync(join(dataDir, path)))).toBe(hash)
  })

  it('vouches for the datapackage.json the build writes', () => {
    const datapackage = exportFiles(readDataset(dataDir), meta).at(-1)!
    expect(sha256(datapackage.content)).toBe(meta.files['export/datapackage.json'])
  })

  it('is deep-frozen', () => {
    expect([Object.isFrozen(meta), Object.isFrozen(meta.counts), Object.isFrozen(meta.files)]).toEqual([true, true, true])
  })
})
