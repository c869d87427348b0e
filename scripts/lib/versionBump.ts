import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Bump } from './bump.js'

/**
 * The bump between two versions, by the first of major, minor, patch that differs
 * (`1.2.3` → `1.3.0` is minor). Pre-release and build suffixes are ignored.
 *
 * @param from - The released version, e.g. `1.2.3`.
 * @param to - The version now.
 * @returns The bump; `none` when equal or when `to` is not higher.
 */
export function versionBump(from: string, to: string): Bump {
  const parse = (version: string): number[] => version.replace(/^v/, '').split(/[-+]/)[0]!.split('.').map(Number)
  const [a, b] = [parse(from), parse(to)]
  for (const [index, bump] of (['major', 'minor', 'patch'] as const).entries()) {
    const [x = 0, y = 0] = [a[index], b[index]]
    if (y !== x) return y > x ? bump : 'none'
  }
  return 'none'
}

/**
 * The package version of a baseline: the `package.json` at a git ref, or beside an installed
 * package's data folder.
 *
 * @param baseline - A git ref or a folder, as given to the data diff.
 * @param root - The repository root.
 * @returns The version, or `null` when there is no package.json to read.
 */
export function baselineVersion(baseline: string, root: string): string | null {
  try {
    const text = existsSync(baseline)
      ? readFileSync([join(baseline, 'package.json'), join(dirname(baseline), 'package.json')].find((file) => existsSync(file)) ?? '', 'utf8')
      : execFileSync('git', ['show', `${baseline}:package.json`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    return (JSON.parse(text) as { version?: string }).version ?? null
  } catch {
    return null
  }
}
