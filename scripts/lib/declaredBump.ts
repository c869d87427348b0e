import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { maxBump } from './bump.js'
import type { Bump } from './bump.js'

/**
 * The bump one changeset file declares for a package: its front matter lists
 * `"name": major|minor|patch` lines.
 *
 * @param text - The changeset file (Markdown with front matter).
 * @param packageName - The package, e.g. `cdht-data`.
 * @returns The declared bump, `none` when the file does not name the package.
 */
export function parseChangeset(text: string, packageName: string): Bump {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? ''
  let bump: Bump = 'none'
  for (const line of frontMatter.split(/\r?\n/)) {
    const match = /^\s*(["']?)([^"':]+)\1\s*:\s*(major|minor|patch)\s*$/.exec(line)
    if (match?.[2] === packageName) bump = maxBump(bump, match[3] as Bump)
  }
  return bump
}

/**
 * The bump the pending changesets declare together (the biggest), as `changeset version` will
 * apply it.
 *
 * @param changesetDir - The `.changeset` folder.
 * @param packageName - The package, e.g. `cdht-data`.
 * @returns The bump, `none` when no changeset names the package.
 */
export function declaredBump(changesetDir: string, packageName: string): Bump {
  if (!existsSync(changesetDir)) return 'none'
  return readdirSync(changesetDir)
    .filter((file) => file.endsWith('.md') && file.toLowerCase() !== 'readme.md')
    .map((file) => parseChangeset(readFileSync(join(changesetDir, file), 'utf8'), packageName))
    .reduce<Bump>(maxBump, 'none')
}
