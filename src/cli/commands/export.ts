import { join } from 'node:path'
import { dataset as collections } from '../../data/dataset.js'
import { COLLECTION_NAMES } from '../../export/collectionNames.js'
import { exportFiles } from '../../export/exportFiles.js'
import { sha256 } from '../../export/sha256.js'
import type { Dataset, ExportFile } from '../../export/types.js'
import { asOf } from '../../query/asOf.js'
import { meta } from '../../release/meta.js'
import { jsonOutput } from '../context.js'
import type { CommandContext, CommandRequest, CommandResult } from '../context.js'
import { usageError } from '../failure.js'
import type { ExportFormat } from '../spec.js'


/** The dataset, or as it was known on `--as-of` (later sources, and what they state, left out). */
function datasetFor(context: CommandContext): Dataset {
  const whole: Dataset = collections
  if (context.asOf === undefined) return whole
  const view = asOf(context.asOf)
  return { ...whole, sources: view.sources, observations: view.observations, targets: view.targets }
}

// Adapter: src/export has no serialiser for the canonical JSON files. These are the bytes of
// data/<name>.json (two-space JSON and a final line break, which a test checks), so that
// `export --format json` reproduces the shipped files.
function canonicalJsonFiles(dataset: Dataset): ExportFile[] {
  return COLLECTION_NAMES.map((name) => ({ path: `json/${name}.json`, content: jsonOutput(dataset[name]) }))
}

/**
 * The files of one export format, by path relative to the output folder, the same paths as the
 * package's `data/export/`: `csv/` (`csv-excel/` with a byte order mark), `ndjson/`,
 * `jsonstat/observations.json`, and for `datapackage` every file with `datapackage.json`.
 */
export function filesOf(format: ExportFormat, bom: boolean, dataset: Dataset): ExportFile[] {
  if (format === 'json') return canonicalJsonFiles(dataset)
  const all = exportFiles(dataset, { version: meta.version, released: meta.released })
  if (format === 'datapackage') return all
  const folder = { csv: bom ? 'csv-excel/' : 'csv/', ndjson: 'ndjson/', jsonstat: 'jsonstat/' }[format]
  return all.filter((file) => file.path.startsWith(folder))
}

function standardOutput(format: ExportFormat, files: readonly ExportFile[], dataset: Dataset, context: CommandContext): string {
  if (format === 'jsonstat' && files[0] !== undefined) return files[0].content
  if (format === 'json') return jsonOutput(Object.fromEntries(COLLECTION_NAMES.map((name) => [name, dataset[name]])))
  throw usageError(
    'MISSING_OPTION',
    context.lang === 'zh'
      ? `--format ${format} 会写出 ${files.length} 个文件：请用 --out DIR 指定目录`
      : `--format ${format} writes ${files.length} files: give --out DIR`,
  )
}

/**
 * `cdht-data export --format F [--out DIR] [--bom]`: the export files of the dataset, built by
 * the same serialisers as the shipped `data/export/`, so the bytes are equal. With --out the
 * files are written there and their paths printed; without, a single-document format (jsonstat,
 * or json as one object of every collection) goes to stdout.
 */
export function run(request: CommandRequest, context: CommandContext): CommandResult {
  // args.ts refuses `export` without --format; the default only satisfies the optional type.
  const { format = 'datapackage', out, bom } = request.options
  const dataset = datasetFor(context)
  const files = filesOf(format, bom, dataset)
  if (out === undefined) return { stdout: standardOutput(format, files, dataset, context) }

  const written = files.map((file) => ({ path: join(out, file.path), content: file.content }))
  const listing = files.map((file) => ({ path: join(out, file.path), bytes: Buffer.byteLength(file.content), sha256: sha256(file.content) }))
  const note =
    context.lang === 'zh' ? `已写出 ${files.length} 个文件到 ${out}` : `wrote ${files.length} file${files.length === 1 ? '' : 's'} to ${out}`
  return {
    stdout: context.json ? jsonOutput({ format, out, files: listing }) : listing.map((file) => `${file.path}\n`).join(''),
    notes: [note],
    files: written,
  }
}
