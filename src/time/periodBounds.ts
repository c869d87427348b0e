import { CdhtDataError } from '../errors.js'
import { daysInMonth } from './daysInMonth.js'

const PERIOD =
  /^(\d{4})(?:-(0[1-9]|1[0-2])\/(\d{4})-(0[1-9]|1[0-2])|-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))?$/

/**
 * The first and last calendar day of a period, `YYYY-MM-DD`, from {@link periodBounds}.
 * @category Queries
 */
export interface PeriodBounds {
  /** The first day. */
  readonly start: string
  /** The last day. */
  readonly end: string
}

/**
 * The first and last calendar day a period covers: `2023` is 2023-01-01 to 2023-12-31,
 * `2021-01/2021-09` is 2021-01-01 to 2021-09-30, and a date is itself at both ends (a stock).
 *
 * Periods sort by last day, then first day (Q1–Q3 2021 before 2021, 2021 before 2022).
 *
 * @category Queries
 * @param period - `YYYY`, `YYYY-MM/YYYY-MM` or `YYYY-MM-DD`.
 * @returns The bounds.
 * @throws {@link CdhtDataError} `INVALID_PERIOD` (`period`) when the period has none of these
 * forms, or names a day the month does not have, or ends before it starts.
 * @example
 * ```ts
 * import { periodBounds } from 'cdht-data'
 * console.log(periodBounds('2021-01/2021-09'))
 * //=> { start: '2021-01-01', end: '2021-09-30' }
 * ```
 */
export function periodBounds(period: string): PeriodBounds {
  const match = typeof period === 'string' ? PERIOD.exec(period) : null
  if (match === null) throw invalid(period)
  const [, year, fromMonth, toYear, toMonth, month, day] = match as unknown as (string | undefined)[]
  if (month !== undefined && day !== undefined) {
    if (Number(day) > daysInMonth(Number(year), Number(month))) throw invalid(period)
    return Object.freeze({ start: period, end: period })
  }
  if (fromMonth !== undefined && toYear !== undefined && toMonth !== undefined) {
    const start = `${year}-${fromMonth}-01`
    const end = `${toYear}-${toMonth}-${String(daysInMonth(Number(toYear), Number(toMonth))).padStart(2, '0')}`
    if (end < start) throw invalid(period)
    return Object.freeze({ start, end })
  }
  return Object.freeze({ start: `${year}-01-01`, end: `${year}-12-31` })
}

function invalid(period: unknown): CdhtDataError {
  const shown = typeof period === 'string' ? JSON.stringify(period.slice(0, 40)) : typeof period
  return new CdhtDataError('INVALID_PERIOD', 'period', `period: not a period (YYYY, YYYY-MM/YYYY-MM or YYYY-MM-DD): ${shown}`)
}
