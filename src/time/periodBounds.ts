import { CdhtDataError } from '../errors.js'

const PERIOD =
  /^(\d{4})(?:-(0[1-9]|1[0-2])\/(\d{4})-(0[1-9]|1[0-2])|-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))?$/

/** The first and last day of a period, `YYYY-MM-DD`. */
export interface PeriodBounds {
  readonly start: string
  readonly end: string
}

/**
 * The first and last calendar day a period covers: `2023` is 2023-01-01 to 2023-12-31,
 * `2021-01/2021-09` is 2021-01-01 to 2021-09-30, and a date is itself at both ends (a stock).
 *
 * @param period - `YYYY`, `YYYY-MM/YYYY-MM` or `YYYY-MM-DD`.
 * @returns The bounds.
 * @throws {@link CdhtDataError} `INVALID_PERIOD` when the period has none of these forms, or names
 * a day the month does not have, or ends before it starts.
 */
export function periodBounds(period: string): PeriodBounds {
  const match = PERIOD.exec(period)
  if (match === null) throw invalid(period)
  const [, year, fromMonth, toYear, toMonth, month, day] = match as unknown as (string | undefined)[]
  if (month !== undefined && day !== undefined) {
    if (Number(day) > daysInMonth(Number(year), Number(month))) throw invalid(period)
    return { start: period, end: period }
  }
  if (fromMonth !== undefined && toYear !== undefined && toMonth !== undefined) {
    const start = `${year}-${fromMonth}-01`
    const end = `${toYear}-${toMonth}-${String(daysInMonth(Number(toYear), Number(toMonth))).padStart(2, '0')}`
    if (end < start) throw invalid(period)
    return { start, end }
  }
  return { start: `${year}-01-01`, end: `${year}-12-31` }
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC so no zone shifts the date.
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function invalid(period: string): CdhtDataError {
  return new CdhtDataError('INVALID_PERIOD', 'period', `not a period (YYYY, YYYY-MM/YYYY-MM or YYYY-MM-DD): ${JSON.stringify(period)}`)
}
