import { periodBounds } from './periodBounds.js'

/**
 * A key that sorts periods in time order as plain strings: by last day, then first day (Q1–Q3
 * 2021 before 2021, 2021 before 2022). Compute it once per record, then compare keys.
 */
export function periodKey(period: string): string {
  const { start, end } = periodBounds(period)
  return `${end}/${start}`
}
