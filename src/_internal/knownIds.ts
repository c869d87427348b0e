import { indicatorIds, zoneIds } from '../data/ids.js'
import { refuse } from './checkNumber.js'

// Checking an id against the id lists, not the records, keeps a lookup's bundle to the
// collections it reads: the lists are a few hundred bytes, the records many kilobytes.
let indicators: ReadonlySet<unknown> | undefined
let zones: ReadonlySet<unknown> | undefined

/** The indicator id itself, or `UNKNOWN_ID` (`INVALID_ARGUMENT` for a non-string) naming `input`. */
export function knownIndicator(id: unknown, input: string): string {
  indicators ??= new Set(indicatorIds)
  return checkId(indicators, id, 'indicator', input)
}

/** The zone id itself, or `UNKNOWN_ID` (`INVALID_ARGUMENT` for a non-string) naming `input`. */
export function knownZone(id: unknown, input: string): string {
  zones ??= new Set(zoneIds)
  return checkId(zones, id, 'zone', input)
}

function checkId(ids: ReadonlySet<unknown>, id: unknown, kind: string, input: string): string {
  if (typeof id !== 'string') return refuse('INVALID_ARGUMENT', input, `not an id: ${typeof id}`)
  return ids.has(id) ? id : refuse('UNKNOWN_ID', input, `no ${kind} has the id ${JSON.stringify(id.length > 60 ? `${id.slice(0, 60)}…` : id)}`)
}
