/** What a date string says, read by {@link dateForm}. */
export interface DateForm {
  /** The written calendar date, `YYYY-MM-DD`. */
  readonly date: string
  /** Whether a time of day follows. */
  readonly timed: boolean
  /** Whether it names an instant: a time with `Z` or a `±HH:MM` offset. */
  readonly instant: boolean
}

// A date, then optionally a time (HH:MM, :SS, a fraction), then optionally Z or ±HH:MM. Nothing
// else: no week dates, ordinals, basic forms, bare years or months, and no spaces around it.
const FORM = /^(\d{4}-\d{2}-\d{2})(?:T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(Z|[+-](\d{2}):([0-5]\d))?)?$/

/** The largest offset in use anywhere (UTC+14, Kiribati), in minutes. */
const MAX_OFFSET = 14 * 60

/**
 * The form of a day as the date helpers take it, checked before date-fns parses it (parseISO also
 * reads week dates, basic forms, months and any two-digit offset, each a silent guess here);
 * `null` when it is not one of the documented forms. Whether the date is a real calendar day is
 * for the caller to check.
 */
export function dateForm(value: string): DateForm | null {
  const match = FORM.exec(value)
  if (match === null) return null
  const [, date = '', hour, zone, offsetHours, offsetMinutes] = match
  if (offsetHours !== undefined && Number(offsetHours) * 60 + Number(offsetMinutes) > MAX_OFFSET) return null
  return { date, timed: hour !== undefined, instant: zone !== undefined }
}
