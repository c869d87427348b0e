/**
 * Records as newline-delimited JSON: one record per line, keys in record order, each line
 * ending with `\n`, so the file streams and appends line by line.
 *
 * @param records - The records, e.g. the observations.
 * @returns The NDJSON text (empty for no records).
 */
export function toNdjson(records: readonly unknown[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join('')
}
