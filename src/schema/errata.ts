import * as z from 'zod'
import {
  chainIds,
  breakIds,
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
} from '../data/ids.js'
import { IsoDateSchema } from './fields.js'

// One instance for both values, so the JSON Schema defines the recursive type once.
const JsonValueSchema = z.json()

const idsByCollection: Readonly<Record<string, readonly string[]>> = {
  sources: sourceIds,
  indicators: indicatorIds,
  observations: observationIds,
  targets: targetIds,
  zones: zoneIds,
  industries: industryIds,
  chains: chainIds,
  parks: parkIds,
  projects: projectIds,
  plan: planItemIds,
  facts: factIds,
  breaks: breakIds,
}

/**
 * Schema of an `Erratum` (the type of the main entry): a correction of one field of one record. Refuses an id that is
 * not in the named collection, a change of `id` itself (that is a rename, a major change), and an
 * "erratum" whose old and new values are equal.
 *
 * @category Schema
 * @example
 * ```ts
 * import { ErratumSchema } from 'cdht-data/schema'
 * const result = ErratumSchema.safeParse({ collection: 'observations', id: 'gdp', field: 'value' })
 * console.log(result.success)
 * //=> false
 * ```
 */
export const ErratumSchema = z
  .object({
    collection: z
      .enum(['sources', 'indicators', 'observations', 'targets', 'zones', 'industries', 'chains', 'parks', 'projects', 'plan', 'facts', 'breaks'])
      .describe('The collection of the corrected record'),
    id: z.string().min(1).describe('The id of the corrected record'),
    field: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*$/)
      .refine((field) => field !== 'id', { error: 'an id is never corrected: a renamed id is a removal (major)' })
      .describe('The corrected field, a dotted path into the record (value, label.en)'),
    oldValue: JsonValueSchema,
    newValue: JsonValueSchema,
    reason: z.string().min(1).describe('Why the old value was wrong, in English'),
    date: IsoDateSchema.describe('The date of the correction'),
    source: z.enum(sourceIds).describe('The source that shows the new value'),
  })
  .strict()
  .refine((erratum) => idsByCollection[erratum.collection]?.includes(erratum.id) === true, {
    error: 'id is not a record of that collection',
    path: ['id'],
  })
  .refine((erratum) => JSON.stringify(erratum.oldValue) !== JSON.stringify(erratum.newValue), {
    error: 'oldValue and newValue are equal: nothing was corrected',
    path: ['newValue'],
  })

/**
 * Schema of `data/errata.json`: every correction, oldest first.
 *
 * @category Schema
 * @example
 * ```ts
 * import { errataSchema } from 'cdht-data/schema'
 * console.log(errataSchema.safeParse([]).success)
 * //=> true
 * ```
 */
export const errataSchema = z
  .array(ErratumSchema)
  .refine((errata) => errata.every((erratum, index) => (errata[index - 1]?.date ?? '') <= erratum.date), {
    error: 'errata are listed oldest first',
  })
