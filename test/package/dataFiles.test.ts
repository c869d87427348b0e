import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { beforeAll, describe, expect, it, inject } from 'vitest'
import { runNode, writeConsumerFile } from './_consumer.js'

// What a data team does after `npm install cdht-data@x.y.z`: read the manifest (or `meta`) and
// verify every file it received. Checked on the files of the packed tarball itself.
interface Manifest {
  version: string
  files: Record<string, string>
  counts: Record<string, number>
}
interface DataPackage {
  version: string
  resources: { path: string; bytes: number; hash: string }[]
}

let dataDir: string
let manifest: Manifest
let datapackage: DataPackage
const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))

beforeAll(() => {
  const unpacked = join(inject('consumerDir'), '..', 'unpacked')
  mkdirSync(unpacked, { recursive: true })
  execFileSync('tar', ['-xzf', inject('tarball'), '-C', unpacked])
  dataDir = join(unpacked, 'package/data')
  manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as Manifest
  datapackage = JSON.parse(readFileSync(join(dataDir, 'export/datapackage.json'), 'utf8')) as DataPackage
})

describe('the data files of the packed tarball', () => {
  it('every file the manifest lists has the listed sha256', () => {
    const wrong = Object.entries(manifest.files).filter(([path, hash]) => sha256(join(dataDir, path)) !== hash)
    expect(Object.keys(manifest.files).length).toBeGreaterThan(20)
    expect(wrong).toEqual([])
  })

  it('every export file has the size and sha256 datapackage.json lists', () => {
    const wrong = datapackage.resources.filter(({ path, bytes, hash }) => {
      const file = join(dataDir, 'export', path)
      return readFileSync(file).length !== bytes || `sha256:${sha256(file)}` !== hash
    })
    expect(datapackage.resources.length).toBeGreaterThan(25)
    expect(wrong).toEqual([])
  })

  it('every shipped data file is vouched for by the manifest or datapackage.json', () => {
    const vouched = new Set(['manifest.json', ...Object.keys(manifest.files), ...datapackage.resources.map(({ path }) => `export/${path}`)])
    expect(filesUnder(dataDir).filter((file) => !vouched.has(file))).toEqual([])
  })

  it('manifest, datapackage.json and package.json name the same version', () => {
    const { version } = JSON.parse(readFileSync(join(dataDir, '../package.json'), 'utf8')) as { version: string }
    expect([manifest.version, datapackage.version]).toEqual([version, version])
  })
})

describe('meta, from the main entry', () => {
  it.each([
    ['ESM', 'meta-esm.mjs', `import { meta } from 'cdht-data'\nconsole.log(JSON.stringify(meta))`],
    ['CJS', 'meta-cjs.cjs', `const { meta } = require('cdht-data')\nconsole.log(JSON.stringify(meta))`],
  ])('equals data/manifest.json (%s)', (_format, file, source) => {
    expect(JSON.parse(runNode(writeConsumerFile(file, source)))).toEqual(manifest)
  })

  it('verifies an installed file the way a data team would', () => {
    const file = writeConsumerFile(
      'verify.mjs',
      `import { createHash } from 'node:crypto'
       import { readFileSync } from 'node:fs'
       import { createRequire } from 'node:module'
       import { meta } from 'cdht-data'
       const path = createRequire(import.meta.url).resolve('cdht-data/data/observations.json')
       console.log(createHash('sha256').update(readFileSync(path)).digest('hex') === meta.files['observations.json'])`,
    )
    expect(runNode(file).trim()).toBe('true')
  })
})
