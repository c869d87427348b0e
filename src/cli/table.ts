import { displayWidth, padToWidth } from './displayWidth.js'
import { wrapToWidth } from './wrap.js'
import type { Alignment } from './displayWidth.js'

/** A column of a text table. */
export interface TableColumn {
  readonly header: string
  /** `right` for numbers, so their digits line up. */
  readonly align?: Alignment
  /**
   * Whether the column may be cut (each cell ending with an ellipsis) when the table is wider
   * than the screen. Ids and numbers must stay whole; labels and passages may be cut.
   */
  readonly shrink?: boolean
  /**
   * Columns a shrinkable column keeps at least; 8 unless told. 0 lets it go altogether: a
   * column left narrower than a few characters says nothing and is dropped.
   */
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
// Narrower than this, a droppable column would show little more than its ellipsis.
const USEFUL_WIDTH = 6

/**
 * The width of each column: the widest of its header and cells, then, while the table is wider
 * than `maxWidth`, the widest shrinkable column loses one column at a time down to its minimum.
 * A table whose fixed columns alone are too wide stays too wide rather than cut an id.
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
): number[] {
  const natural = columns.map((column, index) =>
    Math.max(displayWidth(column.header), ...rows.map((row) => displayWidth(row[index] ?? ''))),
  )
  const widths = [...natural]
  let excess = widths.reduce((sum, width) => sum + width, 0) + gap * Math.max(0, columns.length - 1) - maxWidth
  while (excess > 0) {
    let widest = -1
    columns.forEach((column, index) => {
      const width = widths[index] ?? 0
      if (column.shrink === true && width > (column.minWidth ?? DEFAULT_MIN_WIDTH) && width > (widths[widest] ?? -1)) widest = index
    })
    if (widest < 0) break
    widths[widest] = (widths[widest] ?? 0) - 1
    excess--
  }
  const dropped = (width: number, index: number): boolean =>
    columns[index]?.minWidth === 0 && width < (natural[index] ?? 0) && width < USEFUL_WIDTH
  return widths.map((width, index) => (dropped(width, index) ? 0 : width))
}

/**
 * A table as text: a header line, a rule, and one line per row, each column padded to its width
 * by display width (a Chinese character takes two columns), cells cut with an ellipsis where the
 * table has to shrink to fit `maxWidth`. Lines carry no trailing spaces; the text ends with a
 * line break.
 *
 * @example
 * ```ts
 * renderTable([{ header: '指标' }, { header: 'value', align: 'right' }], [['GDP', '3201.2']])
 * //=> '指标  value\n----  -----\nGDP  3201.2\n'
 * ```
 */
export function renderTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[], options: TableOptions = {}): string {
  const gap = options.gap ?? 2
  const widths = columnWidths(columns, rows, options.maxWidth ?? DEFAULT_MAX_WIDTH, gap)
  const shown = columns.flatMap((column, index) => ((widths[index] ?? 0) > 0 ? [{ column, index, width: widths[index] ?? 0 }] : []))
  const line = (cells: readonly string[]): string =>
    shown
      .map(({ column, index, width }) => padToWidth(cells[index] ?? '', width, column.align))
      .join(' '.repeat(gap))
      .trimEnd()
  const header = line(columns.map((column) => column.header))
  const rule = shown.map(({ width }) => '-'.repeat(width)).join(' '.repeat(gap))
  const body = rows.map(line)
  return `${[options.styleHeader?.(header) ?? header, rule, ...body].join('\n')}\n`
}

/**
 * Named fields as aligned lines, `name  value`, long values wrapped by display width under the
 * value column (the way a record's passage is shown). The text ends with a line break.
 *
 * @example
 * ```ts
 * renderFields([['id', 'gdp'], ['单位', '亿元']], 40)
 * //=> 'id    gdp\n单位  亿元\n'
 * ```
 */
export function renderFields(fields: readonly (readonly [string, string])[], maxWidth: number = DEFAULT_MAX_WIDTH): string {
  const nameWidth = Math.max(0, ...fields.map(([name]) => displayWidth(name)))
  const valueWidth = Math.max(20, maxWidth - nameWidth - 2)
  const lines = fields.flatMap(([name, value]) =>
    wrapToWidth(value, valueWidth).map((part, index) =>
      `${padToWidth(index === 0 ? name : '', nameWidth)}  ${part}`.trimEnd(),
    ),
  )
  return `${lines.join('\n')}\n`
}
