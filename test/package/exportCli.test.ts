import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cdhtBin, consumerDir } from './_consumer.js'

// `cdht-data export` as installed from the tarball: one table to stdout, --out that never loses
// a file, a full disk said in words.
const installed = (): string => join(consumerDir(), 'node_modules/cdht-data')
const env = (): Record<string, string> => ({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'en_US.UTF-8' })
function cdht(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cdhtBin(), ...args], { cwd: consumerDir(), encoding: 'utf8', env: env() })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}
const files = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort() : [])

describe('cdht-data export (packed)', () => {
  it.each([
    ['csv', 'csv/observations.csv'],
    ['ndjson', 'ndjson/observations.ndjson'],
  ])('streams one collection as %s to stdout, the bytes of the shipped %s', (format, path) => {
    const run = cdht(['export', 'observations', '--format', format])
    expect(run.status).toBe(0)
    expect(run.stdout).toBe(readFileSync(join(installed(), 'data/export', path), 'utf8'))
  })

  it('writes --out, then refuses to replace the files without --force, and replaces them with it', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'cdht-out-')), 'export')
    expect(cdht(['export', '--format', 'ndjson', '--out', dir]).status).toBe(0)
    const written = files(dir)
    expect(written).toContain(join('ndjson', 'errata.ndjson'))
    writeFileSync(join(dir, 'ndjson/sources.ndjson'), 'my edits')
    const again = cdht(['export', '--format', 'ndjson', '--out', dir])
    expect(again.status).toBe(1)
    expect(again.stderr).toMatch(/already exist.*add --force to replace/)
    expect(readFileSync(join(dir, 'ndjson/sources.ndjson'), 'utf8')).toBe('my edits')
    expect(cdht(['export', '--format', 'ndjson', '--out', dir, '--force']).status).toBe(0)
    expect(readFileSync(join(dir, 'ndjson/sources.ndjson'), 'utf8')).toBe(readFileSync(join(installed(), 'data/export/ndjson/sources.ndjson'), 'utf8'))
    expect(files(dir)).toEqual(written)
  })

  it('never writes through a symbolic link, even with --force', () => {
    const base = mkdtempSync(join(tmpdir(), 'cdht-link-'))
    writeFileSync(join(base, 'precious.txt'), 'precious')
    mkdirSync(join(base, 'out/jsonstat'), { recursive: true })
    symlinkSync(join(base, 'precious.txt'), join(base, 'out/jsonstat/observations.json'))
    const run = cdht(['export', '--format', 'jsonstat', '--out', join(base, 'out'), '--force'])
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/is a symbolic link/)
    expect(readFileSync(join(base, 'precious.txt'), 'utf8')).toBe('precious')
  })

  it('takes --out "" as a usage error', () => {
    expect(cdht(['export', '--format', 'csv', '--out', ''])).toMatchObject({ status: 2, stderr: 'cdht-data: --out needs a folder name, got an empty string\n' })
  })

  it('says a full disk in words (> /dev/full)', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${cdhtBin()}" export observations --format csv > /dev/full`], { encoding: 'utf8', env: env() })
    expect(result.status).toBe(1)
    expect(result.stderr).toBe('cdht-data: cannot write to standard output: no space left on device (ENOSPC)\n')
  })

  it('exports as of a day only what was published by then (descriptor sources included)', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'cdht-asof-')), 'export')
    expect(cdht(['export', '--format', 'datapackage', '--as-of', '2020-01-01', '--out', dir]).status).toBe(0)
    const sources = readFileSync(join(dir, 'csv/sources.csv'), 'utf8')
    expect(sources).not.toContain('cdht-work-meeting-2024')
    expect(readFileSync(join(dir, 'csv/facts.csv'), 'utf8').trim().split('\r\n')).toHaveLength(1)
  })
})
