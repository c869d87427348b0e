import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { inject } from 'vitest'

/** The scratch project the packed tarball is installed in (see globalSetup.ts). */
export const consumerDir = (): string => inject('consumerDir')

/** The `cdht-data` command as npm links it for the consumer project (`node_modules/.bin`). */
export const cdhtBin = (): string => join(consumerDir(), 'node_modules/.bin/cdht-data')

/** Writes a file into the consumer project and returns its path. */
export function writeConsumerFile(name: string, text: string): string {
  const file = join(consumerDir(), name)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, text)
  return file
}

/** Runs node on a file of the consumer project; returns stdout. */
export function runNode(file: string, env: Readonly<Record<string, string>> = {}): string {
  return execFileSync(process.execPath, [file], { cwd: consumerDir(), encoding: 'utf8', env: { ...process.env, ...env } })
}

let excelDir: string | undefined
/**
 * The CSV exports with a UTF-8 byte order mark, for Excel, as the packed CLI writes them
 * (`cdht-data export --format csv --bom --out DIR`): the package does not ship these copies.
 * Written once per test file; returns the folder holding `csv-excel/`.
 */
export function excelCopiesDir(): string {
  if (excelDir === undefined) {
    const dir = join(consumerDir(), `excel-${process.pid}-${String(Math.random()).slice(2)}`)
    execFileSync(process.execPath, [cdhtBin(), 'export', '--format', 'csv', '--bom', '--out', dir], { cwd: consumerDir(), stdio: 'pipe' })
    excelDir = dir
  }
  return excelDir
}
