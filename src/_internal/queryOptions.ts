import { periodBounds } from '../export/periodBounds.js'
import type { DatasetView } from '../query/asOf.js'
import type { Measure, Observation } from '../types.js'
import { lookup } from './byId.js'
import { refuse } from './checkNumber.js'
import { defaultScope, figureKey, indexOf } from './datasetIndex.js'
import { indicatorsById, zonesById } from './indexes.js'

const MEASURES: readonly string[] = ['level', 'growth', 'share', 'rank']

/** The options shared by the series queries, resolved and checked. */
export interface ResolvedQuery {
  readonly scope: string
  readonly measure: Measure
  readonly dataset: DatasetView | undefined
}

/**
 * Checks an indicator id and the common options (`scope` defaults to the zone itself, `measure`
 * to `level`), throwing `UNKNOWN_ID` or `INVALID_ARGUMENT` naming the argument.
 */
export function resolveQuery(
  indicator: string,
  options: { readonly scope?: string; readonly measure?: Measure; readonly dataset?: DatasetView },
): ResolvedQuery {
  lookup(indicatorsById, indicator, 'indicator', 'indicator')
  const scope = options.scope ?? defaultScope
  lookup(zonesById, scope, 'zone', 'options.scope')
  const measure = options.measure ?? 'level'
  if (!MEASURES.includes(measure)) refuse('INVALID_ARGUMENT', 'options.measure', `not a measure: ${JSON.stringify(measure)}`)
  return { scope, measure, dataset: options.dataset }
}

/** Every vintage of a figure, oldest first, after checking the arguments (`INVALID_PERIOD` naming `period`). */
export function vintagesOf(
  indicator: string,
  period: string,
  options: { readonly scope?: string; readonly measure?: Measure; readonly dataset?: DatasetView },
): readonly Observation[] {
  const { scope, measure, dataset } = resolveQuery(indicator, options)
  periodBounds(period)
  return indexOf(dataset).vintages.get(figureKey(indicator, scope, measure, period)) ?? []
}
