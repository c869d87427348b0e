import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { exportFiles } from '../../src/export/exportFiles.js'
import { sha256 } from '../../src/export/sha256.js'
import type { DatasetMeta } from '../../src/release/types.js'
import { collections } from './collections.js'
import { readDataset } from './readDataset.js'
import type { Erratum } from '../../src/release/types.js'

const BANNER = '// Generated from data/*.json and package.json by scripts/generate.ts — do not edit. Run `npm run generate`.'

/** The generated release files: data/manifest.json and src/release/meta.ts. */
export interface ReleaseFiles {
  readonly manifest: string
  readonly metaModule: string
}

/**
 * The release metadata of the data as it is now: version (package.json), release date, counts
 * per collection, and the sha256 of every shipped data file, as data/manifest.json and as the
 * `meta` module. The release date is the day the version number was first generated: kept while
 * package.json keeps its version, set to `today` when it changes (after `changeset version`).
 *
 * @param root - The repository root.
 * @param schemaFiles - `[file name, text]` of every data/schema file, as the generator writes them.
 * @param today - Today's UTC date, `YYYY-MM-DD`.
 * @returns The manifest JSON and the meta module source.
 */
export function generateRelease(root: string, schemaFiles: readonly (readonly [string, string])[], today: string): ReleaseFiles {
  const dataDir = join(root, 'data')
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
  const manifestFile = join(dataDir, 'manifest.json')
  const previous = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Partial<DatasetMeta>) : {}
  const released = previous.version === version && typeof previous.released === 'string' ? previous.released : today

  const read = (file: string): Buffer => readFileSync(join(dataDir, file))
  const dataset = readDataset(dataDir)
  const errata = JSON.parse(read('errata.json').toString('utf8')) as unknown[]
  const datapackage = exportFiles({ ...dataset, errata: errata as unknown as Erratum[] }, { version, released }).at(-1)!

  const meta: DatasetMeta = {
    name: 'cdht-data',
    version,
    released,
    counts: { ...Object.fromEntries(collections.map(({ name }) => [name, dataset[name].length])), errata: errata.length } as DatasetMeta['counts'],
    files: Object.fromEntries<string>([
      ...[...collections.map(({ name }) => `${name}.json`), 'errata.json'].map((file): [string, string] => [file, sha256(read(file))]),
      ...[...schemaFiles].sort(([a], [b]) => a.localeCompare(b)).map(([file, text]): [string, string] => [`schema/${file}`, sha256(text)]),
      ['export/datapackage.json', sha256(datapackage.content)],
    ]),
  }
  return { manifest: `${JSON.stringify(meta, null, 2)}\n`, metaModule: metaModule(meta) }
}

function metaModule(meta: DatasetMeta): string {
  return `${BANNER}
import { deepFreeze } from '../_internal/deepFreeze.js'
import type { DatasetMeta } from './types.js'

/**
 * The release of the dataset this copy of the package holds: its version (the package version),
 * the UTC date the release was cut, the number of records per collection, and the sha256 of
 * every shipped data file, the same values as \`cdht-data/data/manifest.json\`. Compare a file's
 * sha256 with \`meta.files\` to verify it; \`export/datapackage.json\` in turn lists the sha256 of
 * every export file (CSV, NDJSON, JSON-stat).
 *
 * @category Release
 * @example
 * \`\`\`ts
 * import { meta } from 'cdht-data'
 * console.log(meta.version)
 * //=> '${meta.version}'
 * \`\`\`
 * @example
 * \`\`\`ts
 * import { meta } from 'cdht-data'
 * console.log(meta.counts.observations)
 * //=> ${meta.counts.observations}
 * \`\`\`
 */
export const meta: DatasetMeta = /* @__PURE__ */ deepFreeze<DatasetMeta>(${JSON.stringify(meta, null, 2)})
`
}
