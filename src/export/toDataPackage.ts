import type { Source } from '../types.js'
import type { TableSchema } from './toTableSchema.js'
import type { ReleaseInfo } from './types.js'

/** A data resource of the package (Frictionless Data Package v2). */
export interface DataResource {
  readonly name: string
  readonly type?: 'table'
  readonly path: string
  readonly title: string
  readonly description: string
  readonly format: string
  readonly mediatype: string
  readonly encoding: 'utf-8'
  /** Size of the file in bytes. */
  readonly bytes: number
  /** `sha256:` and the hex digest of the file. */
  readonly hash: string
  readonly schema?: TableSchema
}

/** What {@link toDataPackage} describes. */
export interface DataPackageInput {
  readonly release: ReleaseInfo
  readonly resources: readonly DataResource[]
  /** The dataset's sources, listed as the package's sources. */
  readonly sources: readonly Source[]
}

/**
 * The `datapackage.json` descriptor (Frictionless Data Package v2) of the exports: name,
 * version, creation date (the release date), for an export as known on a day that day (in the
 * title, the description and an `asOf` property), licence, the documents the figures come from, and
 * every export file as a resource with its size, sha256 and, for tables, its Table Schema.
 *
 * @param input - The release, the resources and the sources.
 * @returns The descriptor as JSON text, two-space indented, ending with a line break.
 */
export function toDataPackage(input: DataPackageInput): string {
  const { asOf } = input.release
  const descriptor = {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'cdht-data',
    title: `Chengdu Hi-tech Zone statistics (成都高新区统计数据)${asOf === undefined ? '' : `, as known on ${asOf}`}`,
    description:
      (asOf === undefined ? '' : `As known on ${asOf}: only what was published by that day, each figure in its vintage of that day (cdht-data export --as-of ${asOf}). `) +
      'Figures about the Chengdu Hi-tech Zone (成都高新区, CDHT) as its own reports and the press state them, each source graded (primary: the zone’s own report; press: a named outlet; reprint): indicators, observations with every vintage, targets, zones, industries, chains, parks, projects, plans, facts, breaks in series and errata, each value with its unit, multiplier, published decimals, value in base units, source and the passage that states it (verbatim, unless its passage_origin column says it is the compilation’s summary). Not an official statistical release. For Excel, `cdht-data export --format csv --bom --out DIR` writes the CSV files with a UTF-8 byte order mark.',
    version: input.release.version,
    // Data Package wants a date-time; the release is dated by day, so midnight UTC.
    created: `${input.release.released}T00:00:00Z`,
    // Not a Data Package property (descriptors may add their own): the day a snapshot stands for.
    ...(asOf === undefined ? {} : { asOf }),
    homepage: 'https://www.npmjs.com/package/cdht-data',
    keywords: ['chengdu', 'cdht', 'statistics', 'open-data', 'china', 'economy'],
    licenses: [{ name: 'MIT', path: 'https://opensource.org/licenses/MIT', title: 'MIT License' }],
    sources: input.sources.map((source) => ({
      title: `${source.publisher.zh} — ${source.title ?? source.reports.zh} (${source.published ?? 'undated'})`,
    })),
    resources: input.resources,
  }
  return `${JSON.stringify(descriptor, null, 2)}\n`
}
