import { execFileSync } from 'node:child_process'

/**
 * The tag of the last release: the highest `vX.Y.Z` tag (the tags `changeset tag` makes for a
 * single package), sorted as versions, pre-releases included.
 *
 * @param root - The repository root.
 * @returns The tag, or `null` when there is none yet (or no git history).
 */
export function latestReleaseTag(root: string): string | null {
  let tags: string
  try {
    tags = execFileSync('git', ['tag', '--list', 'v*', '--sort=-v:refname'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
  } catch {
    return null
  }
  return tags.split('\n').find((tag) => /^v\d+\.\d+\.\d+(?:-[\w.]+)?$/.test(tag)) ?? null
}
