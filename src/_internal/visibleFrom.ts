import { citedSources } from './citedSources.js'
import { publicationDays } from './publicationDays.js'

/**
 * The first day a record can be known: the latest publication day of the sources it cites, or
 * `null` when one of them has no known date (such a record is in no view).
 */
export function visibleFrom(record: { readonly source?: string }): string | null {
  const { bySource } = publicationDays()
  let latest = ''
  for (const source of citedSources(record)) {
    const day = bySource.get(source)
    if (day === undefined) return null
    if (day > latest) latest = day
  }
  return latest
}

/** A collection with each record's first visible day, computed once. */
export type Dated<Record> = readonly (readonly [Record, string | null])[]

/** Pairs each record with its {@link visibleFrom} day. */
export function dated<Record extends { readonly source?: string }>(records: readonly Record[]): Dated<Record> {
  return records.map((record) => [record, visibleFrom(record)] as const)
}

/** The records visible on a day, in data order. */
export function visibleOn<Record>(records: Dated<Record>, day: string): Record[] {
  const visible: Record[] = []
  for (const [record, from] of records) if (from !== null && from <= day) visible.push(record)
  return visible
}
