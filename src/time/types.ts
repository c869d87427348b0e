/**
 * A day, as the date helpers take it. A date-only string (`'2024-02-23'`, or `'2024'` for
 * 2024-01-01, ISO 8601 as date-fns `parseISO` reads it) is that calendar day. A `Date`, or a
 * date-time string with an offset (`'2025-01-01T00:30:00+08:00'`, `'…Z'`), is an instant: its
 * calendar day is taken in Beijing (Asia/Shanghai), whatever the host's time zone. A date-time
 * without an offset is read as Beijing wall time.
 * @category Queries
 */
export type DateInput = Date | string
