import { maxBump } from './bump.js'
import type { Bump } from './bump.js'
import type { DataDiff } from './diffSnapshots.js'

/** The bump a data change needs, and why. */
export interface RequiredBump {
  readonly bump: Bump
  /** One line per reason, e.g. `major: observations: id removed: gdp-2023`. */
  readonly reasons: readonly string[]
}

/**
 * The semver bump a data diff needs under docs/versioning.md: major for a removed (or renamed)
 * id or collection and for a changed unit, multiplier or value type; minor for new records, new
 * vintages and new collections; patch for any other change of a field (a correction) and for
 * new errata.
 *
 * @param diff - The data diff against the last release.
 * @returns The bump (`none` when nothing changed) and the reasons, biggest first.
 */
export function requiredBump(diff: DataDiff): RequiredBump {
  const reasons: [Bump, string][] = []
  for (const collection of diff.collections) {
    const { name } = collection
    if (collection.status === 'removed') reasons.push(['major', `${name}: collection removed`])
    if (collection.status === 'added') reasons.push(['minor', `${name}: new collection`])
    if (collection.removed.length > 0) reasons.push(['major', `${name}: id removed or renamed: ${collection.removed.join(', ')}`])
    for (const { id, changes } of collection.changed) {
      for (const change of changes) {
        if (change.kind === 'unit') reasons.push(['major', `${name}: ${id}: ${change.path} changed (a unit)`])
        else if (change.kind === 'type') reasons.push(['major', `${name}: ${id}: ${change.path} changed type`])
        else reasons.push(['patch', `${name}: ${id}: ${change.path} corrected`])
      }
    }
    if (collection.added.length > 0) reasons.push(['minor', `${name}: ${collection.added.length} record(s) added`])
    if (collection.vintages.length > 0) reasons.push(['minor', `${name}: ${collection.vintages.length} new vintage(s)`])
  }
  if (diff.errataAdded.length > 0) reasons.push(['patch', `errata: ${diff.errataAdded.length} added`])
  const order: Bump[] = ['major', 'minor', 'patch']
  return {
    bump: reasons.reduce<Bump>((bump, [level]) => maxBump(bump, level), 'none'),
    reasons: order.flatMap((level) => reasons.filter(([bump]) => bump === level).map(([bump, text]) => `${bump}: ${text}`)),
  }
}
