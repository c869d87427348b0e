import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { failureOf } from '../cli/_context.js'
import { stdoutFailure, writeFilesAtomically } from '../../src/cli/writeFiles.js'

let base: string
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'cdht-write-'))
})
afterEach(() => {
  rmSync(base, { recursive: true, force: true })
})

const files = [
  { path: 'csv/a.csv', content: 'new a' },
  { path: 'csv/b.csv', content: 'new b' },
  { path: 'datapackage.json', content: '{}' },
]
/** Every file under a folder with its content, for comparing before and after. */
function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {}
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [join(entry.parentPath, entry.name).slice(dir.length + 1), readFileSync(join(entry.parentPath, entry.name), 'utf8')]),
  )
}

describe('writeFilesAtomically', () => {
  it('creates the folder and writes every file, leaving no temporary folder beside it', () => {
    const dir = join(base, 'out')
    writeFilesAtomically(dir, files, { force: false, lang: 'en' })
    expect(snapshot(dir)).toEqual({ 'csv/a.csv': 'new a', 'csv/b.csv': 'new b', 'datapackage.json': '{}' })
    expect(readdirSync(base)).toEqual(['out'])
  })

  it('refuses to replace an existing file without force, and leaves the folder as it was', () => {
    const dir = join(base, 'out')
    mkdirSync(join(dir, 'csv'), { recursive: true })
    writeFileSync(join(dir, 'csv/b.csv'), 'mine')
    const before = snapshot(dir)
    const problem = failureOf(() => { writeFilesAtomically(dir, files, { force: false, lang: 'en' }); })
    expect(problem).toMatchObject({ code: 'FILE_EXISTS', kind: 'failure' })
    expect(problem.message).toBe(`${join(dir, 'csv/b.csv')} already exists: add --force to replace it`)
    expect(snapshot(dir)).toEqual(before)
    expect(failureOf(() => { writeFilesAtomically(dir, files, { force: false, lang: 'zh' }); }).message).toContain('加 --force 才会替换')
  })

  it('replaces existing files with force, and keeps files it does not write', () => {
    const dir = join(base, 'out')
    mkdirSync(join(dir, 'csv'), { recursive: true })
    writeFileSync(join(dir, 'csv/b.csv'), 'mine')
    writeFileSync(join(dir, 'notes.txt'), 'keep')
    writeFilesAtomically(dir, files, { force: true, lang: 'en' })
    expect(snapshot(dir)).toEqual({ 'csv/a.csv': 'new a', 'csv/b.csv': 'new b', 'datapackage.json': '{}', 'notes.txt': 'keep' })
  })

  it.each([
    ['a file', 'csv/a.csv'],
    ['a subfolder', 'csv'],
    ['the folder itself', ''],
  ])('never writes through a symbolic link at %s, even with force', (_what, at) => {
    const dir = join(base, 'out')
    const outside = join(base, 'outside')
    mkdirSync(join(outside, 'csv'), { recursive: true })
    writeFileSync(join(outside, 'csv/a.csv'), 'precious')
    writeFileSync(join(outside, 'a.csv'), 'precious')
    mkdirSync(join(dir, 'csv'), { recursive: true })
    if (at === '') {
      rmSync(dir, { recursive: true })
      symlinkSync(outside, dir)
    } else {
      rmSync(join(dir, at), { recursive: true, force: true })
      symlinkSync(at === 'csv' ? join(outside, 'csv') : join(outside, 'a.csv'), join(dir, at))
    }
    const problem = failureOf(() => { writeFilesAtomically(dir, files, { force: true, lang: 'en' }); })
    expect(problem.code).toBe('SYMLINK')
    expect(problem.message).toMatch(/is a symbolic link/)
    expect(snapshot(outside)).toEqual({ 'a.csv': 'precious', 'csv/a.csv': 'precious' })
  })

  it('refuses a file where a folder goes, before writing anything', () => {
    const dir = join(base, 'out')
    mkdirSync(join(dir, 'csv'), { recursive: true })
    writeFileSync(join(dir, 'csv/a.csv'), 'old a')
    const before = snapshot(dir)
    const problem = failureOf(() => { writeFilesAtomically(dir, [...files, { path: 'csv/a.csv/x', content: 'x' }], { force: true, lang: 'en' }); })
    expect(problem).toMatchObject({ code: 'NOT_A_FOLDER', message: `${join(dir, 'csv/a.csv')} exists and is not a folder` })
    expect(snapshot(dir)).toEqual(before)
  })

  it('on a failure half-way takes back what it moved, restores what it replaced, and says the folder is as it was', () => {
    const dir = join(base, 'out')
    mkdirSync(join(dir, 'csv'), { recursive: true })
    writeFileSync(join(dir, 'csv/a.csv'), 'old a')
    const before = snapshot(dir)
    let moves = 0
    const rename = (from: string, to: string): void => {
      // The first file goes into place; the disk fills up on the second.
      if (from.includes(join('new', 'csv')) && ++moves === 2) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
      renameSync(from, to)
    }
    const problem = failureOf(() => { writeFilesAtomically(dir, files, { force: true, lang: 'en', rename }); })
    expect(moves).toBe(2)
    expect(problem).toMatchObject({ code: 'WRITE_FAILED', message: `could not write to ${dir}, which is left as it was: ENOSPC: no space left on device` })
    expect(snapshot(dir)).toEqual(before)
    expect(readdirSync(base)).toEqual(['out'])
  })

  it('says a staging failure leaves the folder as it was', () => {
    const dir = join(base, 'out')
    const problem = failureOf(() => { writeFilesAtomically(dir, [{ path: 'x', content: '1' }, { path: 'x/y', content: '2' }], { force: false, lang: 'zh' }); })
    expect(problem.code).toBe('WRITE_FAILED')
    expect(problem.message).toMatch(/^写入 .* 失败，目录保持原样：/)
    expect(readdirSync(base)).toEqual([])
  })
})

describe('stdoutFailure', () => {
  it('names a full disk in both languages', () => {
    const error = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
    expect(stdoutFailure(error, 'en').message).toBe('cannot write to standard output: no space left on device (ENOSPC)')
    expect(stdoutFailure(error, 'zh').message).toBe('无法写入标准输出：磁盘已满（ENOSPC）')
  })
})
