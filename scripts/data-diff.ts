/**
 * The data diff between a release and now, and the release check built on it.
 *
 *   npm run data:diff -- [<git ref> | <data folder>] [--json]
 *       Lists the records added, revised (new vintages), changed field by field, and removed
 *       since a git ref (default: the last release tag v*) or an installed older package
 *       (node_modules/cdht-data or its data folder), and the semver bump that needs.
 *   npm run data:check   (tsx scripts/data-diff.ts --check)
 *       Fails when the pending changesets declare a smaller bump than the data change needs
 *       (after `changeset version` has consumed them, the version step in package.json counts).
 *   npm run data:changeset   (tsx scripts/data-diff.ts --changeset)
 *       Writes .changeset/data-diff.md: the needed bump and the diff summary for the changelog.
 *
 * --root <folder> runs on another checkout (the tests use it). See docs/versioning.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { checkBump } from './lib/checkBump.js'
import { declaredBump } from './lib/declaredBump.js'
import { diffSnapshots } from './lib/diffSnapshots.js'
import { formatChangeset, formatFirstRelease } from './lib/formatChangeset.js'
import { formatDiff } from './lib/formatDiff.js'
import { latestReleaseTag } from './lib/latestReleaseTag.js'
import { maxBump } from './lib/bump.js'
import { requiredBump } from './lib/requiredBump.js'
import { readSnapshotAtRef, readSnapshotFromFolder } from './lib/snapshot.js'
import { baselineVersion, versionBump } from './lib/versionBump.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    check: { type: 'boolean', default: false },
    changeset: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    root: { type: 'string' },
  },
})
const root = resolve(values.root ?? join(dirname(fileURLToPath(import.meta.url)), '..'))
const { name: packageName, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string }
const newer = readSnapshotFromFolder(join(root, 'data'))
const baseline = positionals[0] ?? latestReleaseTag(root)

if (baseline === null) {
  const declared = declaredBump(join(root, '.changeset'), packageName)
  console.log(
    `No release yet: no git tag v* marks released data, so there is nothing to diff against ` +
      `(the first release publishes everything; pending changesets declare: ${declared}).`,
  )
  if (values.changeset) writeChangeset('minor', formatFirstRelease(newer))
  process.exit(0)
}

const older = existsSync(baseline) ? readSnapshotFromFolder(resolve(baseline)) : readSnapshotAtRef(baseline, root)
const diff = diffSnapshots(older, newer)
const required = requiredBump(diff)

if (values.check) {
  // On the release commit `changeset version` has consumed the changesets into package.json's
  // version, so the step from the released version counts as declared too.
  const released = baselineVersion(baseline, root)
  const stepped = released === null ? 'none' : versionBump(released, version)
  const result = checkBump(required, maxBump(declaredBump(join(root, '.changeset'), packageName), stepped), baseline)
  ;(result.ok ? console.log : console.error)(result.message)
  process.exit(result.ok ? 0 : 1)
} else if (values.changeset) {
  if (required.bump === 'none') console.log(`No data changes since ${baseline}: no changeset written.`)
  else writeChangeset(required.bump, formatDiff(diff, baseline))
} else if (values.json) {
  console.log(JSON.stringify({ baseline, bump: required.bump, reasons: required.reasons, ...diff }, null, 2))
} else {
  console.log(formatDiff(diff, baseline))
  console.log(`Needs a ${required.bump} release${required.reasons.length > 0 ? ':' : '.'}`)
  for (const reason of required.reasons) console.log(`  ${reason}`)
}

function writeChangeset(bump: 'patch' | 'minor' | 'major', body: string): void {
  const file = join(root, '.changeset', 'data-diff.md')
  writeFileSync(file, formatChangeset(packageName, bump, body))
  console.log(`wrote ${file.slice(root.length + 1)} (${bump})`)
}
