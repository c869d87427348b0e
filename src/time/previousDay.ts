/** The calendar day before a day `YYYY-MM-DD` (counted on the calendar, in no zone's hours). */
export function previousDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() - 1)
  return date.toISOString().slice(0, 10)
}
