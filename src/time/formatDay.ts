/** `YYYY-MM-DD` from a year, a month (1–12) and a day; years 0–9999 only, as the data has. */
export function formatDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
