import { COLLECTION_NAMES } from './collectionNames.js'
import { buildTables } from './tables.js'
import { sha256 } from './sha256.js'
import { toCsv } from './toCsv.js'
import { toDataPackage } from './toDataPackage.js'
import type { DataResource } from './toDataPackage.js'
import { toJsonStat } from './toJsonStat.js'
import { BASE_VALUE_AT, ndjsonRecords } from './ndjsonRecords.js'
import { toNdjson } from './toNdjson.js'
import { toTableSchema } from './toTableSchema.js'
import type { Dataset, ExportFile, ReleaseInfo } from './types.js'

type ResourceEntry = Omit<DataResource, 'bytes' | 'hash'>

const ndjsonDescription = (name: string): string =>
  Object.hasOwn(BASE_VALUE_AT, name)
    ? `The records of data/${name}.json, one JSON object per line, nested as in the canonical file, each value with baseValue beside it: the value in base units, an exact decimal string, derived (JSON Schema of a line: data/schema/${name}.ndjson.schema.json)`
    : `The records of data/${name}.json, one JSON object per line, nested as in the canonical file (JSON Schema: data/schema/${name}.schema.json, items)`

/**
 * Every export file of a release, by path under `data/export/`: per table a CSV (`csv/`); per
 * collection (and the errata) the
 * canonical records as NDJSON (`ndjson/`), each value with its exact `baseValue` beside it; the
 * observations as JSON-stat (`jsonstat/`); and last
 * `datapackage.json`, which lists every file a Data Package reader can take as it is, with its
 * size and sha256. Copies of the CSV with a byte order mark, for Excel, are not among them: the
 * mark makes CSV readers (Frictionless, Python's csv, d3-dsv) read the first header as `\ufeffid`,
 * and they would only repeat the CSV; `cdht-data export --format csv --bom` writes them. Build
 * script and CLI both write these files, so the bytes are the same wherever they are made.
 *
 * @param dataset - The records of every collection.
 * @param release - Version and release date, written into datapackage.json and the JSON-stat file.
 * @returns The files, datapackage.json last.
 * @throws {@link CdhtDataError} `INVALID_PERIOD` for a malformed period, and Error when two
 * current observations fall in the same JSON-stat cell.
 */
export function exportFiles(dataset: Dataset, release: ReleaseInfo): ExportFile[] {
  const entries: { file: ExportFile; resource: ResourceEntry }[] = []
  for (const table of buildTables(dataset)) {
    const schema = toTableSchema(table)
    const csv = { format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', schema } as const
    entries.push({
      file: { path: `csv/${table.name}.csv`, content: toCsv(table) },
      resource: { name: table.name, type: 'table', path: `csv/${table.name}.csv`, title: table.title, description: table.description, ...csv },
    })
  }
  for (const name of [...COLLECTION_NAMES, 'errata'] as const) {
    const path = `ndjson/${name}.ndjson`
    entries.push({
      file: { path, content: toNdjson(ndjsonRecords(name, dataset)) },
      resource: {
        name: `${name}_ndjson`,
        path,
        title: `${name} (NDJSON)`,
        description: ndjsonDescription(name),
        format: 'ndjson',
        mediatype: 'application/x-ndjson',
        encoding: 'utf-8',
      },
    })
  }
  entries.push({
    file: { path: 'jsonstat/observations.json', content: toJsonStat(dataset, release) },
    resource: {
      name: 'observations_jsonstat',
      path: 'jsonstat/observations.json',
      title: 'Observations (JSON-stat 2.0)',
      description: 'The latest vintage of every observation as a JSON-stat 2.0 dataset: series × scope × period',
      format: 'json',
      mediatype: 'application/json',
      encoding: 'utf-8',
    },
  })
  const resources = entries.map(({ file, resource: { schema, ...resource } }): DataResource => {
    const checked = { ...resource, bytes: Buffer.byteLength(file.content, 'utf8'), hash: `sha256:${sha256(file.content)}` }
    return schema === undefined ? checked : { ...checked, schema }
  })
  const datapackage = toDataPackage({ release, resources, sources: dataset.sources })
  return [...entries.map(({ file }) => file), { path: 'datapackage.json', content: datapackage }]
}
