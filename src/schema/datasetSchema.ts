import * as z from 'zod'
import { revisionIssues } from '../_internal/revisionIssues.js'
import { collectionSchemas } from './collectionSchemas.js'

// Which collection a reference field names. `evidence` is a list; `enSource` sits in labels at
// any depth, so the check walks each record.
const REFERENCES: Readonly<Record<string, keyof typeof collectionSchemas>> = {
  source: 'sources',
  enSource: 'sources',
  indicator: 'indicators',
  scope: 'zones',
  partOf: 'zones',
  builtBy: 'zones',
  supersedes: 'observations',
  evidence: 'observations',
  industry: 'industries',
  parent: 'plan',
}

type Issue = { readonly path: (string | number)[]; readonly message: string }

function referenceIssues(value: unknown, path: (string | number)[], ids: ReadonlyMap<string, ReadonlySet<string>>): Issue[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => referenceIssues(item, [...path, index], ids))
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, child]) => {
    const target = REFERENCES[key]
    const named = target === undefined ? [] : Array.isArray(child) ? child : [child]
    const broken = named.flatMap((id: unknown, index) =>
      typeof id === 'string' && ids.get(target ?? '')?.has(id) !== true
        ? [{ path: Array.isArray(child) ? [...path, key, index] : [...path, key], message: `${String(target)} has no record "${id}"` }]
        : [],
    )
    return [...broken, ...(target === undefined ? referenceIssues(child, [...path, key], ids) : [])]
  })
}

/**
 * Schema of a whole dataset (an object with every collection, as `data/<name>.json` hold them):
 * each collection against its schema, then the rules no single record can check and JSON Schema
 * cannot express: every id is unique within its collection, and every reference (`source`,
 * `indicator`, `scope`, `partOf`, `builtBy`, `supersedes`, `evidence`, `industry`, `parent`, a
 * label's `enSource`) names a record of the dataset, and a revision (`supersedes`) supersedes an
 * older vintage of the same figure (indicator, scope, measure and period), not itself, with no
 * loop of revisions.
 *
 * @category Schema
 * @example
 * ```ts
 * import * as data from 'cdht-data'
 * import { DatasetSchema } from 'cdht-data/schema'
 * const { sources, indicators, observations, targets, zones, industries, chains, parks, projects, plan, facts, breaks } = data
 * const dataset = { sources, indicators, observations, targets, zones, industries, chains, parks, projects, plan, facts, breaks }
 * const mine = { ...observations[0], id: 'gdp-2031', period: '2031', scope: 'nowhere' }
 * console.log([DatasetSchema.safeParse(dataset).success, DatasetSchema.safeParse({ ...dataset, observations: [...observations, mine] }).success])
 * //=> [true, false]
 * ```
 */
export const DatasetSchema = z.object(collectionSchemas).superRefine((dataset, context) => {
  const ids = new Map<string, Set<string>>()
  for (const [name, records] of Object.entries(dataset) as [string, readonly { id: string }[]][]) {
    const seen = new Set<string>()
    records.forEach((record, index) => {
      if (seen.has(record.id)) context.addIssue({ code: 'custom', path: [name, index, 'id'], message: `duplicate id "${record.id}" in ${name}` })
      seen.add(record.id)
    })
    ids.set(name, seen)
  }
  for (const [name, records] of Object.entries(dataset)) {
    for (const issue of referenceIssues(records, [name], ids)) context.addIssue({ code: 'custom', ...issue })
  }
  // The library's check of a dataset view says the same, in the same words.
  for (const { index, message } of revisionIssues(dataset.observations)) {
    context.addIssue({ code: 'custom', path: ['observations', index, 'supersedes'], message })
  }
})
