import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** A JSON value as read from a data file. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json }

/** A record of a collection: a JSON object with a string `id`. */
export type DataRecord = { readonly id: string } & Readonly<Record<string, Json>>

/** The data of one version: every collection by name, and the errata. */
export interface Snapshot {
  readonly collections: ReadonlyMap<string, readonly DataRecord[]>
  readonly errata: readonly Readonly<Record<string, Json>>[]
}

// Files of data/ that are not collections of records.
const NOT_COLLECTIONS = new Set(['manifest.json', 'errata.json'])

/**
 * The snapshot held by a folder of data files: a repository's or an installed package's `data/`
 * (`node_modules/cdht-data/data`), or a package folder that contains one.
 *
 * @param folder - The data folder or the package folder.
 * @returns The snapshot.
 * @throws Error when the folder does not exist.
 */
export function readSnapshotFromFolder(folder: string): Snapshot {
  const dataDir = existsSync(join(folder, 'package.json')) && existsSync(join(folder, 'data')) ? join(folder, 'data') : folder
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) throw new Error(`not a folder: ${folder}`)
  const files = readdirSync(dataDir).filter((file) => file.endsWith('.json'))
  return toSnapshot(files, (file) => readFileSync(join(dataDir, file), 'utf8'))
}

/**
 * The snapshot of `data/` at a git ref (a tag such as `v1.2.0`, a branch, a commit).
 *
 * @param ref - The git ref.
 * @param root - The repository root.
 * @returns The snapshot; empty when the ref has no `data/` folder.
 * @throws Error when git cannot resolve the ref.
 */
export function readSnapshotAtRef(ref: string, root: string): Snapshot {
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`)
  const files = git('ls-tree', '--name-only', ref, 'data/')
    .split('\n')
    .map((path) => path.replace(/^data\//, ''))
    .filter((file) => file.endsWith('.json'))
  return toSnapshot(files, (file) => git('show', `${ref}:data/${file}`))
}

function toSnapshot(files: readonly string[], read: (file: string) => string): Snapshot {
  const collections = new Map<string, DataRecord[]>()
  for (const file of [...files].sort()) {
    if (NOT_COLLECTIONS.has(file)) continue
    const records: unknown = JSON.parse(read(file))
    if (isRecordArray(records)) collections.set(file.replace(/\.json$/, ''), records)
  }
  const errata = files.includes('errata.json') ? (JSON.parse(read('errata.json')) as Record<string, Json>[]) : []
  return { collections, errata }
}

function isRecordArray(value: unknown): value is DataRecord[] {
  return (
    Array.isArray(value) &&
    value.every((item) => item !== null && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string')
  )
}
