// The crossing rule of BRIEF.md, written out here rather than imported from src/ so that a bug
// in the library cannot hide a data error: a dated break lies between an earlier observation E
// and a later one L of its series when start(E) < from <= end(L); a coverage break (from: null)
// lies between two observations whose coverage differs.
import type { BreakRecord, ObservationRecord } from './_sources.js'

function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10)
}

/** First and last day of a period: YYYY, YYYY-MM/YYYY-MM or YYYY-MM-DD. */
export function periodBounds(period: string): { start: string; end: string } {
  if (/^\d{4}$/.test(period)) return { start: `${period}-01-01`, end: `${period}-12-31` }
  const months = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/.exec(period)
  if (months) return { start: `${months[1]}-${months[2]}-01`, end: lastDayOfMonth(Number(months[3]), Number(months[4])) }
  return { start: period, end: period }
}

/** The same period shape one year earlier: 2021 → 2020, 2021-01/2021-06 → 2020-01/2020-06, a date → the date a year before. */
export function yearBefore(period: string): string {
  return period.replace(/\d{4}/g, (year) => String(Number(year) - 1))
}

/** Whether the break lies between the two observations (earlier first) of its series. */
export function crosses(item: BreakRecord, earlier: ObservationRecord, later: ObservationRecord): boolean {
  if (item.indicator !== earlier.indicator || item.indicator !== later.indicator) return false
  if (item.scope !== earlier.scope || item.scope !== later.scope) return false
  if (item.from === null) return (earlier.coverage ?? 'unstated') !== (later.coverage ?? 'unstated')
  return periodBounds(earlier.period).start < item.from && item.from <= periodBounds(later.period).end
}

/** Whether an observation lies wholly before a dated break, or wholly on or after it. */
export function side(item: BreakRecord & { from: string }, record: ObservationRecord): 'before' | 'after' | 'straddles' {
  const { start, end } = periodBounds(record.period)
  if (end < item.from) return 'before'
  if (start >= item.from) return 'after'
  return 'straddles'
}
