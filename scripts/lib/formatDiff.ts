import type { CollectionDiff, DataDiff } from './diffSnapshots.js'
import type { FieldChange } from './fieldChanges.js'
import type { Json } from './snapshot.js'

/**
 * The diff as a Markdown list, one item per changed collection, naming every record added,
 * revised (new vintage), changed (field by field, old → new, with the erratum's reason when
 * there is one) and removed. It is what `npm run data:changeset` writes into the changelog.
 *
 * @param diff - The data diff.
 * @param baseline - What the diff is against, e.g. `v1.2.0`.
 * @returns The Markdown text, ending with a line break.
 */
export function formatDiff(diff: DataDiff, baseline: string): string {
  const items = diff.collections.flatMap((collection) => formatCollection(collection, diff.errata))
  if (diff.errataAdded.length > 0) items.push(`- **errata**: ${diff.errataAdded.length} correction(s) recorded in data/errata.json`)
  if (items.length === 0) return `No data changes since ${baseline}.\n`
  return `Data changes since ${baseline}:\n\n${items.join('\n')}\n`
}

function formatCollection(collection: CollectionDiff, errata: DataDiff['errata']): string[] {
  const { name, added, vintages, changed, removed } = collection
  const counts = [
    [added.length, 'added'],
    [vintages.length, 'new vintage(s)'],
    [changed.length, 'changed'],
    [removed.length, 'removed'],
  ] as const
  const summary = counts.filter(([count]) => count > 0).map(([count, what]) => `${count} ${what}`)
  if (collection.status !== 'kept') summary.unshift(`collection ${collection.status}`)
  if (summary.length === 0) return []
  const lines = [`- **${name}**: ${summary.join(', ')}`]
  if (added.length > 0) lines.push(`  - added: ${added.map(code).join(', ')}`)
  for (const vintage of vintages) lines.push(`  - new vintage: ${code(vintage.id)} revises ${code(vintage.supersedes)}`)
  for (const record of changed) {
    for (const change of record.changes) lines.push(`  - changed: ${code(record.id)} ${formatChange(change, reasonFor(errata, name, record.id, change.path))}`)
  }
  if (removed.length > 0) lines.push(`  - removed: ${removed.map(code).join(', ')}`)
  return lines
}

function formatChange(change: FieldChange, reason: string | undefined): string {
  const text = `${code(change.path)}: ${show(change.oldValue)} → ${show(change.newValue)}`
  return reason === undefined ? text : `${text} (erratum: ${reason})`
}

function reasonFor(errata: DataDiff['errata'], collection: string, id: string, field: string): string | undefined {
  const erratum = [...errata].reverse().find((entry) => entry.collection === collection && entry.id === id && entry.field === field)
  return typeof erratum?.reason === 'string' ? erratum.reason : undefined
}

function show(value: Json | undefined): string {
  return value === undefined ? '(absent)' : code(JSON.stringify(value))
}

function code(text: string): string {
  return `\`${text.replaceAll('`', "'")}\``
}
