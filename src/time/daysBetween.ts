import { dayNumber } from './dayNumber.js'

/** Calendar days from one day `YYYY-MM-DD` to another: 1 from 2024-12-31 to 2025-01-01. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}
