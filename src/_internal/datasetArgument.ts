import { breaks } from '../data/collections.js'
import type { DatasetView } from '../query/asOf.js'
import type { SeriesBreak } from '../types.js'
import { refuse } from './checkNumber.js'
import { checkBreak } from './checkBreak.js'
import { checkRecords } from './checkedRecords.js'
import { checkObservation, checkTarget, objectArgument } from './recordShape.js'

const COLLECTIONS = ['sources', 'observations', 'targets'] as const

/**
 * A dataset view given as an option, checked for the collections the helpers read (arrays of
 * records; each observation, target and break in series checked like a caller's record, the
 * lists handed back as checked: see checkRecords), with its breaks in series: the view's own, or
 * the dataset's where the view has none.
 */
export function datasetArgument(value: unknown, input: string): DatasetView & { readonly breaks: readonly SeriesBreak[] } {
  const view = objectArgument(value, input)
  for (const name of [...COLLECTIONS, 'breaks']) {
    const list = view[name]
    if (list === undefined && name === 'breaks') continue
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'object' && item !== null)) {
      refuse('INVALID_ARGUMENT', `${input}.${name}`, 'not an array of records')
    }
  }
  // A caller's view is read like a caller's record: a NaN value or a contradictory figure in it
  // is refused, not silently skipped by a query. Its lists are read as checked: a caller's records
  // as frozen copies, which cannot change after the check.
  const observations = checkRecords(view.observations as unknown[], checkObservation, `${input}.observations`)
  const targets = checkRecords(view.targets as unknown[], checkTarget, `${input}.targets`)
  // Its breaks too: a misspelt one would hide a known break, and results hand them back.
  const checkedBreaks = view.breaks === undefined ? breaks : checkRecords(view.breaks as unknown[], checkBreak, `${input}.breaks`)
  return { ...(view as unknown as DatasetView), observations, targets, breaks: checkedBreaks }
}
