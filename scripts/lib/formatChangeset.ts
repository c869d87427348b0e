import type { Bump } from './bump.js'
import type { Snapshot } from './snapshot.js'

/**
 * A changeset file: front matter with the bump, then the body that `changeset version` copies
 * into CHANGELOG.md.
 *
 * @param packageName - The package, e.g. `cdht-data`.
 * @param bump - The bump the change needs (not `none`).
 * @param body - The release note, Markdown.
 * @returns The file text.
 */
export function formatChangeset(packageName: string, bump: Exclude<Bump, 'none'>, body: string): string {
  return `---\n"${packageName}": ${bump}\n---\n\n${body.trimEnd()}\n`
}

/**
 * The release note of the first release, when there is nothing to diff against: the records
 * per collection.
 *
 * @param snapshot - The data now.
 * @returns Markdown text, ending with a line break.
 */
export function formatFirstRelease(snapshot: Snapshot): string {
  const counts = [...snapshot.collections].map(([name, records]) => `${name} ${records.length}`)
  return `First release of the data (no earlier release to diff against): ${counts.join(', ')} records.\n`
}
