import { displayWidth, padToWidth } from './displayWidth.js'
import { longestUnbreakable, wrapToWidth } from './wrap.js'
import type { Alignment } from './displayWidth.js'

/** A column of a text table. */
export interface TableColumn {
  readonly header: string
  /** `right` for numbers, so their digits line up. */
  readonly align?: Alignment
  /**
   * Whether the column holds free text (a name, a passage) that may wrap onto more lines when the
   * table is wider than the screen, at spaces or between Chinese characters, never inside a
   * number with its unit, a date or an id. Any other column holds values (an id, a date, a number
   * with its unit): each cell stays whole on one line.
   */
  readonly shrink?: boolean
  /** Columns a wrapping column keeps at least (or its widest token, if wider); 8 unless told. */
  readonly minWidth?: number
}

/** Options of {@link renderTable}. */
export interface TableOptions {
  /** The widest a line may be, in columns; 80 unless told. */
  readonly maxWidth?: number
  /** Spaces between columns; 2 unless told. */
  readonly gap?: number
  /** Decorates the header line after it is laid out (bold on a colour terminal). */
  readonly styleHeader?: (line: string) => string
}

const DEFAULT_MAX_WIDTH = 80
const DEFAULT_MIN_WIDTH = 8
// A label narrower than this reads as a column of fragments: ids wrap before labels go below it.
const COMFORTABLE_WIDTH = 20

// Narrows the widest column that `floor` lets narrow by one, while the table is too wide; the
// excess left when no column can give more.
function narrow(widths: number[], floor: (index: number) => number, excess: number): number {
  let left = excess
  while (left > 0) {
    let widest = -1
    widths.forEach((width, index) => {
      if (width > floor(index) && width > (widths[widest] ?? -1)) widest = index
    })
    if (widest < 0) break
    widths[widest] = (widths[widest] ?? 0) - 1
    left--
  }
  return left
}

/**
 * The width of each column: the widest of its header and cells, then, while the table is wider
 * than `maxWidth`, the widest shrinkable column loses one column at a time down to 20 columns;
 * if that is not enough, every column, the widest first, down to its floor: for free text
 * (shrinkable) its minimum or its widest token, for values its widest cell (a value never
 * wraps; a header may, at its spaces). `null` when even that cannot fit: the same rule in
 * every language, by display width.
 *
 * @example
 * ```ts
 * columnWidths([{ header: 'id' }, { header: 'label', shrink: true }], [['gdp', '地区生产总值']], 20)
 * //=> [3, 12]
 * ```
 */
export function columnWidths(
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  maxWidth: number = DEFAULT_MAX_WIDTH,
  gap = 2,
): number[] | null {
  const widths = columns.map((column, index) =>
    Math.max(displayWidth(column.header), ...rows.map((row) => displayWidth(row[index] ?? ''))),
  )
  const excess = widths.reduce((sum, width) => sum + width, 0) + gap * Math.max(0, columns.length - 1) - maxWidth
  if (excess <= 0) return widths
  const header = (index: number): number => longestUnbreakable(columns[index]?.header ?? '')
  const tokens = (index: number): number => Math.max(header(index), ...rows.map((row) => longestUnbreakable(row[index] ?? '')))
  const cells = (index: number): number => Math.max(header(index), ...rows.map((row) => displayWidth(row[index] ?? '')))
  // Only a wrapping column has a minimum; each is measured once.
  const minimums = columns.map((column, index) => (column.shrink === true ? Math.max(column.minWidth ?? DEFAULT_MIN_WIDTH, 1, tokens(index)) : 0))
  // First labels wrap down to a comfortable width; then every column, the widest first, each down
  // to its floor: a label to its minimum, a value column to its widest cell.
  const comfortable = columns.map((column, index) => (column.shrink === true ? Math.max(minimums[index] ?? 0, COMFORTABLE_WIDTH) : (widths[index] ?? 0)))
  const floors = columns.map((column, index) => (column.shrink === true ? (minimums[index] ?? 0) : cells(index)))
  const left = narrow(widths, (index) => comfortable[index] ?? 0, excess)
  return narrow(widths, (index) => floors[index] ?? 0, left) > 0 ? null : widths
}

// One row as lines: each cell wrapped to its column (a value column's cell fits by construction),
// the cells side by side, shorter cells filled with blank lines.
function rowLines(columns: readonly TableColumn[], widths: readonly number[], cells: readonly string[], gap: number): string[] {
  const wrapped = columns.map((_, index) => wrapToWidth(cells[index] ?? '', widths[index] ?? 0))
  const height = Math.max(1, ...wrapped.map((parts) => parts.length))
  return Array.from({ length: height }, (_, line) =>
    columns
      .map((column, index) => padToWidth(wrapped[index]?.[line] ?? '', widths[index] ?? 0, column.align))
      .join(' '.repeat(gap))
      .trimEnd(),
  )
}

// Too narrow for columns side by side: each row as `header  value` lines, rows apart by a blank line.
function stacked(columns: readonly TableColumn[], rows: readonly (readonly string[])[], maxWidth: number): string {
  return rows
    .map((row) => {
      const fields = columns.map((column, index): [string, string] => [column.header, row[index] ?? ''])
      // The widest header sets the name column, so values line up from row to row.
      return renderFields(fields.filter(([, cell]) => cell !== ''), maxWidth, Math.max(...columns.map((column) => displayWidth(column.header))))
    })
    .join('\n')
}

/**
 * A table as text: a header line, a rule, and one line per row, each column padded to its width
 * by display width (a Chinese character takes two columns). Where the table is wider than
 * `maxWidth`, shrinkable cells wrap onto more lines; where even that cannot fit, each row is
 * printed as named fields instead. Lines carry no trailing spaces; the text ends with a line break.
 *
 * @example
 * ```ts
 * renderTable([{ header: '指标' }, { header: 'value', align: 'right' }], [['GDP', '3201.2']])
 * //=> '指标  value\n----  -----\nGDP  3201.2\n'
 * ```
 */
export function renderTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[], options: TableOptions = {}): string {
  const gap = options.gap ?? 2
  const maxWidth = options.maxWidth ?? DEFAULT_MAX_WIDTH
  const widths = columnWidths(columns, rows, maxWidth, gap)
  if (widths === null) return stacked(columns, rows, maxWidth)
  const header = rowLines(columns, widths, columns.map((column) => column.header), gap).map((line) => options.styleHeader?.(line) ?? line)
  const rule = widths.map((width) => '-'.repeat(width)).join(' '.repeat(gap))
  const body = rows.flatMap((row) => rowLines(columns, widths, row, gap))
  return `${[...header, rule, ...body].join('\n')}\n`
}

/**
 * Named fields as aligned lines, `name  value`, long values wrapped by display width under the
 * value column (the way a record's passage is shown); on a screen too narrow for both, or for
 * a token of the value (a date, an id, a number with its unit), the value goes on the lines
 * under its name. The text ends with a line break.
 *
 * @example
 * ```ts
 * renderFields([['id', 'gdp'], ['单位', '亿元']], 40)
 * //=> 'id    gdp\n单位  亿元\n'
 * ```
 *
 * @param minNameWidth - Columns the names take at least (to line up with other blocks).
 */
export function renderFields(fields: readonly (readonly [string, string])[], maxWidth: number = DEFAULT_MAX_WIDTH, minNameWidth = 0): string {
  const nameWidth = Math.max(minNameWidth, ...fields.map(([name]) => displayWidth(name)))
  const valueWidth = maxWidth - nameWidth - 2
  const lines = fields.flatMap(([name, value]) => {
    // A token (a date, an id, a number with its unit) wider than the value column goes below its name whole.
    if (valueWidth < 16 || longestUnbreakable(value) > valueWidth) return [...wrapToWidth(name, maxWidth), ...wrapToWidth(value, maxWidth - 2).map((part) => `  ${part}`.trimEnd())]
    return wrapToWidth(value, valueWidth).map((part, index) => `${padToWidth(index === 0 ? name : '', nameWidth)}  ${part}`.trimEnd())
  })
  return `${lines.join('\n')}\n`
}
