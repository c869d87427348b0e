import { join } from 'node:path'
import { dataset as collections } from '../../data/dataset.js'
import { COLLECTION_NAMES } from '../../export/collectionNames.js'
import { exportFiles } from '../../export/exportFiles.js'
import { buildTables } from '../../export/tables.js'
import { toCsv } from '../../export/toCsv.js'
import { toJsonStat } from '../../export/toJsonStat.js'
import { ndjsonRecords } from '../../export/ndjsonRecords.js'
import { toNdjson } from '../../export/toNdjson.js'
import { sha256 } from '../../export/sha256.js'
import type { Dataset, ExportFile, ReleaseInfo } from '../../export/types.js'
import { errata } from '../../release/errata.js'
import { meta } from '../../release/meta.js'
import { jsonOutput } from '../context.js'
import type { CommandContext, CommandRequest, CommandResult } from '../context.js'
import { usageError } from '../failure.js'
import type { ExportCollection, ExportFormat, Lang } from '../spec.js'
import { datasetAsOf } from './exportAsOf.js'

const words = {
  zh: {
    needsOut: (format: string, count: number) =>
      format === 'datapackage' ? `--format datapackage 会写出 ${count} 个文件：请用 --out DIR 指定目录` : `--format ${format} 会写出 ${count} 个文件：请用 --out DIR 指定目录，或给出一个集合（如 export observations --format ${format}）`,
    notForOne: (format: string) => `--format ${format} 导出整个数据集，不能只导出一个集合（单个集合用 csv、ndjson 或 json）`,
    jsonStatObservations: 'JSON-stat 只含观测值：用 export observations --format jsonstat，或不指定集合',
    wrote: (count: number, out: string) => `已写出 ${count} 个文件到 ${out}`,
  },
  en: {
    needsOut: (format: string, count: number) =>
      format === 'datapackage' ? `--format datapackage writes ${count} files: give --out DIR` : `--format ${format} writes ${count} files: give --out DIR, or name one collection (export observations --format ${format})`,
    notForOne: (format: string) => `--format ${format} exports the whole dataset, not one collection (for one, use csv, ndjson or json)`,
    jsonStatObservations: 'JSON-stat holds the observations only: export observations --format jsonstat, or name no collection',
    wrote: (count: number, out: string) => `wrote ${count} file${count === 1 ? '' : 's'} to ${out}`,
  },
} as const

// The release the files are of; an export of the dataset as known on a day says which day.
function releaseOf(asOf: string | undefined): ReleaseInfo {
  return { version: meta.version, released: meta.released, ...(asOf === undefined ? {} : { asOf }) }
}

/** The dataset with its errata, or as it was known on `--as-of` (every collection from one view). */
function datasetFor(context: CommandContext): Dataset {
  const whole: Dataset = { ...collections, errata }
  return context.asOf === undefined ? whole : datasetAsOf(whole, context.asOf)
}

// src/export has no serialiser for the canonical JSON files. These are the bytes of
// data/<name>.json (two-space JSON and a final line break, which a test checks), so that
// `export --format json` reproduces the shipped files.
function canonicalJsonFiles(dataset: Dataset): ExportFile[] {
  return [...COLLECTION_NAMES, 'errata' as const].map((name) => ({ path: `json/${name}.json`, content: jsonOutput(dataset[name] ?? []) }))
}

/**
 * The files of one export format, by path relative to the output folder, the same paths as the
 * package's `data/export/`: `csv/`, `ndjson/`, `jsonstat/observations.json`, and for
 * `datapackage` every file with `datapackage.json`; with `bom`, the CSV files as `csv-excel/`,
 * each starting with a UTF-8 byte order mark (for Excel; the package does not ship these).
 */
export function filesOf(format: ExportFormat, bom: boolean, dataset: Dataset, asOf?: string): ExportFile[] {
  if (format === 'json') return canonicalJsonFiles(dataset)
  const all = exportFiles(dataset, releaseOf(asOf))
  if (format === 'datapackage') return all
  const folder = { csv: 'csv/', ndjson: 'ndjson/', jsonstat: 'jsonstat/' }[format]
  const files = all.filter((file) => file.path.startsWith(folder))
  return format === 'csv' && bom ? files.map((file) => ({ path: file.path.replace(/^csv\//, 'csv-excel/'), content: `\uFEFF${file.content}` })) : files
}

/**
 * One collection in one format, as a single file: the same bytes as that collection's file in
 * the full export (`csv/observations.csv`, `ndjson/observations.ndjson`, `json/observations.json`).
 */
export function collectionFile(collection: ExportCollection, format: ExportFormat, bom: boolean, dataset: Dataset, lang: Lang, asOf?: string): ExportFile {
  const records = dataset[collection] ?? []
  switch (format) {
    case 'csv': {
      // Every collection and the errata have a table of their name (tables.test.ts checks it).
      const table = buildTables(dataset).find((candidate) => candidate.name === collection)
      if (table === undefined) throw new Error(`no table ${collection}`)
      return { path: `${bom ? 'csv-excel' : 'csv'}/${collection}.csv`, content: toCsv(table, { bom }) }
    }
    case 'ndjson':
      return { path: `ndjson/${collection}.ndjson`, content: toNdjson(ndjsonRecords(collection, dataset)) }
    case 'json':
      return { path: `json/${collection}.json`, content: jsonOutput(records) }
    case 'jsonstat':
      if (collection !== 'observations') throw usageError('INVALID_OPTION', words[lang].jsonStatObservations)
      return { path: 'jsonstat/observations.json', content: toJsonStat(dataset, releaseOf(asOf)) }
    case 'datapackage':
      throw usageError('INVALID_OPTION', words[lang].notForOne(format))
  }
}

function standardOutput(format: ExportFormat, files: readonly ExportFile[], dataset: Dataset, lang: Lang): string {
  if (format === 'jsonstat' && files[0] !== undefined) return files[0].content
  if (format === 'json') return jsonOutput(Object.fromEntries([...COLLECTION_NAMES, 'errata' as const].map((name) => [name, dataset[name] ?? []])))
  throw usageError('MISSING_OPTION', words[lang].needsOut(format, files.length))
}

/**
 * `cdht-data export [COLLECTION] --format F [--out DIR [--force]] [--bom]`: the export files of
 * the dataset (or of the view on `--as-of`), built by the same serialisers as the shipped
 * `data/export/`, so the bytes are equal. With a collection, that one table or file goes to
 * stdout (to pipe into duckdb or jq). With --out the files are written there, all at once and
 * without replacing a file unless --force, and their paths printed; without, a single-document
 * format (jsonstat, or json as one object of every collection) goes to stdout.
 */
export function run(request: CommandRequest, context: CommandContext): CommandResult {
  // args.ts refuses `export` without --format; the default only satisfies the optional type.
  const { format = 'datapackage', out, bom, force = false } = request.options
  const collection = request.args[0] as ExportCollection | undefined
  const dataset = datasetFor(context)
  const files = collection === undefined ? filesOf(format, bom, dataset, context.asOf) : [collectionFile(collection, format, bom, dataset, context.lang, context.asOf)]
  if (out === undefined) {
    return { stdout: collection === undefined ? standardOutput(format, files, dataset, context.lang) : (files[0]?.content ?? '') }
  }
  const listing = files.map((file) => ({ path: join(out, file.path), bytes: Buffer.byteLength(file.content), sha256: sha256(file.content) }))
  return {
    stdout: context.json ? jsonOutput({ format, out, files: listing }) : listing.map((file) => `${file.path}\n`).join(''),
    notes: [words[context.lang].wrote(files.length, out)],
    output: { dir: out, force, files },
  }
}
