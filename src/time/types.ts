/**
 * A day, as the date helpers take it, in exactly these forms (anything else, also a year `'2024'`,
 * a month `'2024-02'`, a week date `'2024-W05'`, a basic form `'20240201'`, an offset beyond ±14:00
 * or a space around it, is `INVALID_DATE` naming the argument):
 * - a date-only `'YYYY-MM-DD'` (`'2024-02-23'`), a day the calendar has: that calendar day;
 * - a date-time without an offset (`'2024-12-31T23:59'`, seconds and a fraction optional): Beijing
 *   wall time, so its date is the day;
 * - a date-time with `Z` or a `±HH:MM` offset within ±14:00 (`'2025-01-01T00:30:00+08:00'`,
 *   `'…Z'`), or a `Date` (of any realm): an instant, whose calendar day is taken in Beijing
 *   (Asia/Shanghai), whatever the host's time zone.
 * @category Queries
 */
export type DateInput = Date | string
