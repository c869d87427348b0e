import type { ZoneId } from '../data/ids.js'
import type { DatasetView } from '../query/datasetView.js'
import { periodBounds } from '../time/periodBounds.js'
import type { Measure, Observation } from '../types.js'
import { refuse } from './checkNumber.js'
import { figureKey, observationIndex } from './datasetIndex.js'
import { knownIndicator, knownZone } from './knownIds.js'
import { checkObservation, objectArgument, oneOf, optionsArgument } from './recordShape.js'
import { checkRecords } from './checkedRecords.js'
import { MEASURES } from './codeLists.js'

const NONE: readonly Observation[] = /* @__PURE__ */ Object.freeze([])
const QUERY_OPTIONS: readonly string[] = ['scope', 'measure', 'dataset']

/**
 * The zone itself, the default scope of the queries. A test checks it is the one zone of kind
 * `zone` that is part of no other; typed as an id, so it cannot name a zone the data lacks.
 */
export const DEFAULT_SCOPE: ZoneId = 'cdht'

/** The options shared by the series queries, resolved and checked. */
export interface ResolvedQuery {
  readonly indicator: string
  readonly scope: string
  readonly measure: Measure
  readonly observations: readonly Observation[] | undefined
}

/**
 * Checks an indicator id and the common options (`scope` defaults to the zone itself, `measure`
 * to `level`), throwing `UNKNOWN_ID` or `INVALID_ARGUMENT` naming the argument.
 */
export function resolveQuery(indicator: unknown, options: unknown): ResolvedQuery {
  const id = knownIndicator(indicator, 'indicator')
  const given = checkOptions(options)
  const scope = given.scope === undefined ? DEFAULT_SCOPE : knownZone(given.scope, 'options.scope')
  const measure = given.measure ?? 'level'
  oneOf(measure, MEASURES, 'options.measure')
  return { indicator: id, scope, measure: measure as Measure, observations: datasetOf(given.dataset, 'observations', checkObservation)?.observations }
}

/**
 * The options object's own fields (`undefined` is none; nothing inherited is an option), or
 * `INVALID_ARGUMENT` naming `options`, or naming an option not in `known` (`options.status`).
 */
export function checkOptions(options: unknown, known: readonly string[] = QUERY_OPTIONS): { readonly scope?: unknown; readonly measure?: unknown; readonly dataset?: unknown } {
  return optionsArgument(options as object | undefined, known)
}

/**
 * The view given as `options.dataset` (`undefined`: the whole dataset), with the collection the
 * query reads as checked (see {@link checkRecords}: a caller's records as frozen copies, checked
 * on every call unless they cannot change), or `INVALID_ARGUMENT` naming `options.dataset` unless
 * that collection is a list, each of whose records is checked like a caller's record (`check`).
 */
export function datasetOf(dataset: unknown, reads: 'observations' | 'targets', check: (record: unknown, input: string) => unknown): DatasetView | undefined {
  if (dataset === undefined) return undefined
  const view = dataset !== null && typeof dataset === 'object' ? objectArgument(dataset, 'options.dataset') : {}
  const list = view[reads]
  if (!Array.isArray(list)) refuse('INVALID_ARGUMENT', 'options.dataset', `not a dataset view: no ${reads} list`)
  // Read like a caller's record (one that is not an object is refused, naming it): a NaN or a
  // self-contradicting figure is refused, not handed back.
  // The check is the caller's to pass: a lookup of observations bundles no target check.
  const checked = checkRecords(list, check, `options.dataset.${reads}`)
  return { ...view, [reads]: checked } as unknown as DatasetView
}

/** Every vintage of a figure, oldest first, after checking the arguments (`INVALID_PERIOD` naming `period`). */
export function vintagesOf(indicator: unknown, period: unknown, options: unknown): readonly Observation[] {
  const query = resolveQuery(indicator, options)
  if (typeof period !== 'string') refuse('INVALID_PERIOD', 'period', `not a period: ${typeof period}`)
  periodBounds(period)
  return observationIndex(query.observations).vintages.get(figureKey(query.indicator, query.scope, query.measure, period)) ?? NONE
}
