/**
 * Markdown building blocks for the generated guides. TypeDoc renders them with markdown-it
 * (tables and inline HTML allowed), so cell text is escaped rather than trusted: a passage
 * with `|`, `*` or `<` must come out verbatim.
 */

/** The banner every generated Markdown file starts with (after its front matter). */
export const GENERATED_NOTE = '<!-- Generated from data/*.json by scripts/docs/build.ts — do not edit. Run `npm run docs`. -->'

/**
 * Text as it should appear in a table cell or a line of prose: Markdown and HTML syntax
 * escaped, line breaks turned into spaces.
 *
 * @param text - Any text.
 * @returns The escaped text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/[\\`*_[\]|#~]/g, (char) => `\\${char}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

/**
 * Inline code; the id stays searchable and copyable.
 *
 * @param text - Text without backticks (ids, field names).
 * @returns The code span.
 * @throws Error when the text holds a backtick, which would end the span early.
 */
export function code(text: string): string {
  if (text.includes('`')) throw new Error(`code(): backtick in ${JSON.stringify(text)}`)
  return `\`${text}\``
}

/**
 * A table; cells are taken as already-formatted Markdown (escape text with {@link escapeMarkdown}).
 *
 * @param headers - Column titles.
 * @param rows - Rows of cells, as many as headers.
 * @returns The table's lines, without a trailing blank line.
 * @throws Error when a row has more or fewer cells than there are headers.
 */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  for (const row of rows) {
    if (row.length !== headers.length) throw new Error(`table(): ${row.length} cells for ${headers.length} columns`)
  }
  return [headers, headers.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`)
}
