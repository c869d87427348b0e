import type { SeriesBreak } from '../types.js'
import { refuse, show } from './checkNumber.js'
import { BREAK_KINDS } from './codeLists.js'
import { knownIndicator, knownZone } from './knownIds.js'
import { plainData } from './plainData.js'
import { objectArgument, oneOf, periodArgument, stringArgument } from './recordShape.js'

/**
 * Checks a caller's break in series for what the crossing rule reads (src/_internal/breaks.ts:
 * `id`, `kind`, `indicator`, `scope`, `from`), naming the first bad field
 * (`options.dataset.breaks[0].indicator`), and returns the fields it checked (own fields, read
 * once). A misspelt indicator or scope ('gpd') is `UNKNOWN_ID`: it would hide a known break and
 * let a rate cross it. The fields for people (label, evidence, passage) are handed back as given.
 */
export function checkBreak(value: unknown, input: string): SeriesBreak {
  const record = objectArgument(value, input)
  plainData(record, input, [value])
  stringArgument(record.id, `${input}.id`)
  oneOf(record.kind, BREAK_KINDS, `${input}.kind`)
  knownIndicator(record.indicator, `${input}.indicator`)
  knownZone(record.scope, `${input}.scope`)
  // As SeriesBreakSchema has it: a day for a dated break, null exactly for a coverage break.
  if (record.kind === 'coverage') {
    if (record.from !== null) refuse('INVALID_ARGUMENT', `${input}.from`, `not null for a coverage break: ${show(record.from)}`)
  } else if (record.from === null || periodArgument(record.from, `${input}.from`).length !== 10) {
    refuse('INVALID_PERIOD', `${input}.from`, `not a day (YYYY-MM-DD) for a ${String(record.kind)} break: ${show(record.from)}`)
  }
  return record as unknown as SeriesBreak
}
