import type { Cell, Table } from './types.js'

/** Options of {@link toCsv}. */
export interface CsvOptions {
  /**
   * Start with a UTF-8 byte order mark. Excel in Chinese locales reads a CSV without one as
   * GBK and garbles every Chinese character; other tools do not need it.
   */
  readonly bom?: boolean
}

/**
 * A table as CSV (RFC 4180): UTF-8, a header row of column names, CRLF line ends, a field
 * quoted when it holds a comma, a quote, a line break or edge spaces, and `null` as an empty
 * field.
 *
 * @param table - The table.
 * @param options - Whether to start with a byte order mark.
 * @returns The CSV text, ending with a line break.
 */
export function toCsv(table: Table, options: CsvOptions = {}): string {
  const lines = [table.columns.map((column) => column.name), ...table.rows].map(
    (cells) => `${cells.map(csvField).join(',')}\r\n`,
  )
  return `${options.bom === true ? '\uFEFF' : ''}${lines.join('')}`
}

function csvField(cell: Cell): string {
  if (cell === null) return ''
  const text = String(cell)
  // An empty string is quoted so that it stays distinct from an empty (null) field.
  return text === '' || /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}
