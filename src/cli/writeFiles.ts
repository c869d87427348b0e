import { lstatSync, mkdirSync, mkdtempSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs'
import type { Stats } from 'node:fs'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { failure } from './failure.js'
import type { CliFailure } from './failure.js'
import type { Lang } from './spec.js'

/** A file to write, by its path relative to the output folder. */
export interface RelativeFile {
  readonly path: string
  readonly content: string
}

/** Options of {@link writeFilesAtomically}. */
export interface WriteOptions {
  /** Replace files that already exist (never a symlink). */
  readonly force: boolean
  /** The language of the failure messages. */
  readonly lang: Lang
  /** The move used to put each file in place (tests pass one that fails); `renameSync` by default. */
  readonly rename?: (from: string, to: string) => void
}

const words = {
  zh: {
    symlink: (path: string) => `拒绝写入 ${path}：它是符号链接（即使用 --force 也不会经由链接写入）`,
    exists: (paths: readonly string[], more: number) => `${paths.join('、')}${more > 0 ? ` 等 ${paths.length + more} 个文件已存在` : ' 已存在'}：加 --force 才会替换`,
    notFolder: (path: string) => `${path} 已存在且不是目录`,
    failed: (dir: string, reason: string) => `写入 ${dir} 失败，目录保持原样：${reason}`,
    rollback: (dir: string, reason: string, left: string) => `写入 ${dir} 失败：${reason}；未能完全恢复，备份在 ${left}`,
  },
  en: {
    symlink: (path: string) => `refusing to write ${path}: it is a symbolic link (not even with --force is a file written through a link)`,
    exists: (paths: readonly string[], more: number) => `${paths.join(', ')}${more > 0 ? ` and ${more} more` : ''} already exist${paths.length + more === 1 ? 's' : ''}: add --force to replace ${paths.length + more === 1 ? 'it' : 'them'}`,
    notFolder: (path: string) => `${path} exists and is not a folder`,
    failed: (dir: string, reason: string) => `could not write to ${dir}, which is left as it was: ${reason}`,
    rollback: (dir: string, reason: string, left: string) => `could not write to ${dir}: ${reason}; it could not all be undone, the replaced files are in ${left}`,
  },
} as const

function statOf(path: string): Stats | undefined {
  try {
    return lstatSync(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
    throw error
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * Writes files into a folder so that a user's data is never lost: each file is first written
 * into a temporary folder beside `dir`, then moved into place. An existing file is replaced only
 * with `force`; a symbolic link on the way (the folder itself, a subfolder or a file) is refused
 * even with `force`, since writing through it would change a file outside the folder. When
 * anything fails, the files moved so far are taken back, the replaced ones restored, and the
 * error says the folder is as it was.
 *
 * @param dir - The output folder (created when missing).
 * @param files - The files, by path relative to `dir`.
 * @param options - Whether to replace existing files, and the language of the messages.
 * @throws {@link CliFailure} `SYMLINK`, `FILE_EXISTS`, `NOT_A_FOLDER` or `WRITE_FAILED` (exit 1).
 */
export function writeFilesAtomically(dir: string, files: readonly RelativeFile[], options: WriteOptions): void {
  const text = words[options.lang]
  const root = resolve(dir)
  const targets = files.map((file) => ({ ...file, target: join(root, file.path) }))
  checkTargets(root, targets.map((file) => file.target), options, dir)

  let staging: string
  try {
    // The staging folder sits beside `dir`, on the same file system, so each move is a rename.
    mkdirSync(dirname(root), { recursive: true })
    staging = mkdtempSync(join(dirname(root), `.${basename(root)}.tmp-`))
  } catch (error) {
    throw failure('WRITE_FAILED', text.failed(dir, reasonOf(error)))
  }
  try {
    for (const file of targets) {
      const staged = join(staging, 'new', file.path)
      mkdirSync(dirname(staged), { recursive: true })
      writeFileSync(staged, file.content)
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    throw failure('WRITE_FAILED', text.failed(dir, reasonOf(error)))
  }
  moveIntoPlace(root, staging, targets, dir, options)
}

// Refuses before anything is written: a symlink anywhere from `root` down, an existing file
// without --force, or a folder where a file goes.
function checkTargets(root: string, targets: readonly string[], options: WriteOptions, dir: string): void {
  const text = words[options.lang]
  const existing = new Set<string>()
  const stats = new Map<string, Stats | undefined>()
  // Paths in messages as the user wrote them: --out export, not /home/…/export.
  const shown = (path: string): string => join(dir, relative(root, path))
  for (const target of targets) {
    const parts = relative(root, target).split(sep)
    let path = root
    for (const [index, part] of ['', ...parts].entries()) {
      path = part === '' ? root : join(path, part)
      if (!stats.has(path)) stats.set(path, statOf(path))
      const stat = stats.get(path)
      if (stat === undefined) break
      if (stat.isSymbolicLink()) throw failure('SYMLINK', text.symlink(shown(path)))
      const isFile = index === parts.length
      if (isFile === stat.isDirectory() || (!isFile && !stat.isDirectory())) throw failure('NOT_A_FOLDER', text.notFolder(shown(path)))
      if (isFile) existing.add(path)
    }
  }
  const first = [...existing].slice(0, 3).map(shown)
  if (existing.size > 0 && !options.force) throw failure('FILE_EXISTS', text.exists(first, existing.size - first.length))
}

function moveIntoPlace(root: string, staging: string, targets: readonly (RelativeFile & { target: string })[], dir: string, options: WriteOptions): void {
  const text = words[options.lang]
  const rename = options.rename ?? renameSync
  const created: string[] = []
  const moved: { target: string; backup?: string }[] = []
  try {
    for (const [index, file] of targets.entries()) {
      for (const folder of foldersDown(root, dirname(file.target))) {
        if (statOf(folder) !== undefined) continue
        mkdirSync(folder)
        created.push(folder)
      }
      const backup = join(staging, 'old', String(index))
      const replaced = statOf(file.target) !== undefined
      if (replaced) {
        mkdirSync(dirname(backup), { recursive: true })
        renameSync(file.target, backup)
      }
      moved.push(replaced ? { target: file.target, backup } : { target: file.target })
      rename(join(staging, 'new', file.path), file.target)
    }
  } catch (error) {
    const undone = undo(moved, created)
    if (undone) rmSync(staging, { recursive: true, force: true })
    throw failure('WRITE_FAILED', undone ? text.failed(dir, reasonOf(error)) : text.rollback(dir, reasonOf(error), staging))
  }
  rmSync(staging, { recursive: true, force: true })
}

// The folders from `root` (included) down to `folder`, outermost first.
function foldersDown(root: string, folder: string): string[] {
  const parts = relative(root, folder).split(sep).filter((part) => part !== '')
  return [root, ...parts.map((_, index) => join(root, ...parts.slice(0, index + 1)))]
}

// Takes back what was moved, newest first; true when everything was restored.
function undo(moved: readonly { target: string; backup?: string }[], created: readonly string[]): boolean {
  let clean = true
  for (const { target, backup } of [...moved].reverse()) {
    try {
      if (statOf(target) !== undefined) rmSync(target, { force: true })
      if (backup !== undefined && statOf(backup) !== undefined) renameSync(backup, target)
    } catch {
      clean = false
    }
  }
  for (const folder of [...created].reverse()) {
    try {
      rmdirSync(folder)
    } catch {
      clean = false
    }
  }
  return clean
}

/**
 * The message for a failed write to standard output (`> /dev/full`: ENOSPC), in the user's
 * language, instead of a bare exit code.
 *
 * @param error - The stream's error.
 * @param lang - The language.
 * @returns The failure to report.
 */
export function stdoutFailure(error: NodeJS.ErrnoException, lang: Lang): CliFailure {
  const full = error.code === 'ENOSPC'
  const message =
    lang === 'zh'
      ? `无法写入标准输出：${full ? '磁盘已满（ENOSPC）' : (error.code ?? error.message)}`
      : `cannot write to standard output: ${full ? 'no space left on device (ENOSPC)' : (error.code ?? error.message)}`
  return failure('WRITE_FAILED', message)
}
