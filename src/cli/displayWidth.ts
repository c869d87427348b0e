// Terminal columns a text takes, from string-width (Unicode's East Asian Width and grapheme
// clusters, kept up to date upstream). Ambiguous characters (…, ·, “) count as one, as terminals
// in non-CJK locales draw them; ANSI colour codes count as nothing. Text of plain characters
// (ASCII, CJK, the usual marks) is measured by simpleWidth, and string-width is imported only
// when some text needs it: its import alone costs about as much as starting node.
import { simpleWidth } from './simpleWidth.js'

type StringWidth = (text: string, options: { readonly ambiguousIsNarrow: boolean }) => number
let stringWidth: StringWidth | undefined

/**
 * Thrown by {@link displayWidth} when a text needs string-width before it was loaded: the CLI
 * then calls {@link loadStringWidth} and renders again ({@link withStringWidth}).
 */
export class StringWidthNeeded extends Error {
  constructor(readonly text: string) {
    super('string-width is needed and not loaded yet')
    this.name = 'StringWidthNeeded'
  }
}

/** Imports string-width, once; afterwards {@link displayWidth} measures any text. */
export async function loadStringWidth(): Promise<void> {
  stringWidth ??= (await import('string-width')).default
}

/**
 * What `render` returns, rendered again after importing string-width if some text needed it on
 * the first pass. `render` must write nothing (the CLI's commands return their output), so a
 * second pass is safe; most runs never pay for string-width's import.
 */
export async function withStringWidth<T>(render: () => T | Promise<T>): Promise<T> {
  try {
    return await render()
  } catch (error) {
    if (!(error instanceof StringWidthNeeded)) throw error
    await loadStringWidth()
    return render()
  }
}

const ELLIPSIS = '…'
// Created on first use: building a segmenter loads ICU's break rules, which costs more than
// rendering a whole screen of plain text.
let segmenter: Intl.Segmenter | undefined
const segmentsOf = (text: string): Intl.Segments => (segmenter ??= new Intl.Segmenter()).segment(text)

/**
 * The columns a text takes in a terminal: East Asian wide and fullwidth characters count two,
 * combining marks and control characters none, everything else one.
 *
 * @throws {@link StringWidthNeeded} when the text has a character {@link simpleWidth} does not
 * measure (an emoji, a combining mark…) and {@link loadStringWidth} has not run yet.
 * @example
 * ```ts
 * displayWidth('GDP 地区生产总值') //=> 16
 * ```
 */
export function displayWidth(text: string): number {
  const simple = simpleWidth(text)
  if (simple !== undefined) return simple
  if (stringWidth === undefined) throw new StringWidthNeeded(text)
  return stringWidth(text, { ambiguousIsNarrow: true })
}

// Intl.Segmenter slows down with the square of a long run (10,000 letters: ~0.2 s), so long text
// is segmented in pieces cut just before a character that always starts a grapheme cluster: a
// printable ASCII character or a CJK ideograph (neither extends the cluster before it).
const PIECE = 256
const startsCluster = (code: number): boolean => (code >= 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff)

/** The text's user-perceived characters (grapheme clusters), so a cut never splits an accent from its letter. */
export function graphemes(text: string): string[] {
  // Each plain character is a cluster of its own (none extends, joins or prepends).
  if (simpleWidth(text) !== undefined) return text.split('')
  const parts: string[] = []
  let start = 0
  while (start < text.length) {
    let end = Math.min(text.length, start + PIECE)
    while (end < text.length && !startsCluster(text.charCodeAt(end))) end++
    for (const { segment } of segmentsOf(text.slice(start, end))) parts.push(segment)
    start = end
  }
  return parts
}

/** The text's grapheme clusters, one at a time. */
function* clustersOf(text: string): Generator<string> {
  if (simpleWidth(text) !== undefined) yield* text
  else for (const { segment } of segmentsOf(text)) yield segment
}

/**
 * The text cut to at most `width` columns, ending with an ellipsis when anything was cut. A
 * wide character that would straddle the limit is dropped whole, so the result may be one
 * column narrower than `width`.
 *
 * @example
 * ```ts
 * truncateToWidth('成都高新区', 6) //=> '成都…'
 * ```
 */
export function truncateToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text
  if (width <= 0) return ''
  let kept = ''
  let used = 0
  // Lazily, segment by segment: a 100,000-character id is cut after a few dozen.
  for (const char of clustersOf(text)) {
    const next = displayWidth(char)
    if (used + next > width - 1) break
    kept += char
    used += next
  }
  return `${kept}${ELLIPSIS}`
}

/** Where a padded text sits in its column. */
export type Alignment = 'left' | 'right'

/**
 * The text filled with spaces to exactly `width` columns, truncated with an ellipsis first if it
 * is wider.
 *
 * @example
 * ```ts
 * padToWidth('增长', 6) //=> '增长  '
 * padToWidth('6.0%', 6, 'right') //=> '  6.0%'
 * ```
 */
export function padToWidth(text: string, width: number, alignment: Alignment = 'left'): string {
  const fitted = truncateToWidth(text, width)
  const fill = ' '.repeat(Math.max(0, width - displayWidth(fitted)))
  return alignment === 'left' ? `${fitted}${fill}` : `${fill}${fitted}`
}
