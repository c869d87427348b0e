import {
  breakIds,
  chainIds,
  factIds,
  indicatorIds,
  industryIds,
  observationIds,
  parkIds,
  planItemIds,
  projectIds,
  sourceIds,
  targetIds,
  zoneIds,
} from '../../data/ids.js'
import { breaks } from '../../data/collections.js'
import { getChain } from '../../query/getChain.js'
import { getFact } from '../../query/getFact.js'
import { getIndicator } from '../../query/getIndicator.js'
import { getIndustry } from '../../query/getIndustry.js'
import { getObservation } from '../../query/getObservation.js'
import { getPark } from '../../query/getPark.js'
import { getPlanItem } from '../../query/getPlanItem.js'
import { getProject } from '../../query/getProject.js'
import { getSource } from '../../query/getSource.js'
import { getTarget } from '../../query/getTarget.js'
import { getZone } from '../../query/getZone.js'
import { COLLECTION_TERMS } from '../../glossary/terms.js'
import type { Source } from '../../types.js'
import { jsonOutput } from '../context.js'
import type { CommandContext, CommandRequest, CommandResult } from '../context.js'
import { failure } from '../failure.js'
import { isIdOf, notPublished, unknownId, viewOf } from '../present.js'
import type { Lang } from '../spec.js'
import { displayWidth } from '../displayWidth.js'
import { renderFields } from '../table.js'
import { wrapToWidth } from '../wrap.js'
import { recordFields } from './showFields.js'
import type { FoundRecord } from './showFields.js'

/** How `show` searches one collection. */
export interface CollectionLookup {
  readonly name: FoundRecord['collection']
  readonly ids: readonly string[]
  readonly find: (id: string) => FoundRecord | undefined
}

// Each collection's ids and its lookup from src/query, in the order `show` searches them.
const COLLECTIONS: readonly CollectionLookup[] = [
  { name: 'indicators', ids: indicatorIds, find: (id) => (isIdOf(indicatorIds, id) ? { collection: 'indicators', record: getIndicator(id) } : undefined) },
  { name: 'observations', ids: observationIds, find: (id) => (isIdOf(observationIds, id) ? { collection: 'observations', record: getObservation(id) } : undefined) },
  { name: 'targets', ids: targetIds, find: (id) => (isIdOf(targetIds, id) ? { collection: 'targets', record: getTarget(id) } : undefined) },
  { name: 'zones', ids: zoneIds, find: (id) => (isIdOf(zoneIds, id) ? { collection: 'zones', record: getZone(id) } : undefined) },
  { name: 'industries', ids: industryIds, find: (id) => (isIdOf(industryIds, id) ? { collection: 'industries', record: getIndustry(id) } : undefined) },
  { name: 'chains', ids: chainIds, find: (id) => (isIdOf(chainIds, id) ? { collection: 'chains', record: getChain(id) } : undefined) },
  { name: 'parks', ids: parkIds, find: (id) => (isIdOf(parkIds, id) ? { collection: 'parks', record: getPark(id) } : undefined) },
  { name: 'projects', ids: projectIds, find: (id) => (isIdOf(projectIds, id) ? { collection: 'projects', record: getProject(id) } : undefined) },
  { name: 'plan', ids: planItemIds, find: (id) => (isIdOf(planItemIds, id) ? { collection: 'plan', record: getPlanItem(id) } : undefined) },
  { name: 'facts', ids: factIds, find: (id) => (isIdOf(factIds, id) ? { collection: 'facts', record: getFact(id) } : undefined) },
  { name: 'breaks', ids: breakIds, find: (id) => breaks.flatMap((record) => (record.id === id ? [{ collection: 'breaks' as const, record }] : []))[0] },
  { name: 'sources', ids: sourceIds, find: (id) => (isIdOf(sourceIds, id) ? { collection: 'sources', record: getSource(id) } : undefined) },
]

/**
 * The record an id names, in whichever collection holds it. `collection/id` picks the
 * collection when two hold the same id. Unknown: a failure naming the nearest ids.
 */
export function findRecord(reference: string, lang: Lang, lookups: readonly CollectionLookup[] = COLLECTIONS): FoundRecord {
  const slash = reference.indexOf('/')
  const [only, id] = slash < 0 ? [undefined, reference] : [reference.slice(0, slash), reference.slice(slash + 1)]
  const searched = lookups.filter((collection) => only === undefined || collection.name === only)
  const found = searched.flatMap((collection) => collection.find(id) ?? [])
  const [first, second] = found
  if (first === undefined) throw unknownId('record', reference, searched.flatMap((collection) => collection.ids), lang)
  if (second !== undefined) {
    const choices = found.map((match) => `${match.collection}/${id}`)
    const message = lang === 'zh' ? `“${id}”同时见于多个集合，请指明` : `"${id}" is in several collections: say which`
    throw failure('AMBIGUOUS_ID', message, choices)
  }
  return first
}

function sourceOf(found: FoundRecord): Source | null {
  // A source's own `source` does not exist; an indicator (a catalogue entry) has none either.
  return found.collection !== 'sources' && 'source' in found.record ? getSource(found.record.source) : null
}

// With --as-of, a record published later was not known yet: say so rather than show it. The
// view's own copy is shown (a zone as known then), found by id: a view may hold a record rebuilt
// for its day rather than the very object of the full collection.
function asKnown(found: FoundRecord, context: CommandContext): FoundRecord {
  const view = viewOf(context)
  const known: readonly { readonly id: string }[] = view[found.collection]
  const record = known.find((candidate) => candidate.id === found.record.id)
  if (record === undefined) throw notPublished(found.record.id, context.asOf ?? view.asOf ?? '', context.lang)
  return { ...found, record } as FoundRecord
}

/** `cdht-data show <id>`: one record with its value, unit, bound, period, source and passage. */
export function run(request: CommandRequest, context: CommandContext): CommandResult {
  const found = asKnown(findRecord(request.args[0] ?? '', context.lang), context)
  const source = sourceOf(found)
  if (context.json) return { stdout: jsonOutput({ collection: found.collection, record: found.record, source }) }
  const collection = COLLECTION_TERMS[found.collection][context.lang]
  const { bold, dim } = context.style
  // The id and its collection on one line where they fit; else the id (wrapped at its hyphens) above it.
  const title =
    displayWidth(`${found.record.id}  ${collection}`) <= context.width
      ? `${bold(found.record.id)}  ${dim(collection)}\n`
      : `${wrapToWidth(found.record.id, context.width).map(bold).join('\n')}\n${dim(collection)}\n`
  return { stdout: title + renderFields(recordFields(found, source, context.lang, viewOf(context).observations), context.width) }
}
