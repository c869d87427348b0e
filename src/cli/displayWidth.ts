// Terminal columns a text takes, from string-width (Unicode's East Asian Width and grapheme
// clusters, kept up to date upstream). Ambiguous characters (…, ·, “) count as one, as terminals
// in non-CJK locales draw them; ANSI colour codes count as nothing.
import stringWidth from 'string-width'

const ELLIPSIS = '…'
const segmenter = new Intl.Segmenter()

/**
 * The columns a text takes in a terminal: East Asian wide and fullwidth characters count two,
 * combining marks and control characters none, everything else one.
 *
 * @example
 * ```ts
 * displayWidth('GDP 地区生产总值') //=> 16
 * ```
 */
export function displayWidth(text: string): number {
  return stringWidth(text, { ambiguousIsNarrow: true })
}

// Intl.Segmenter slows down with the square of a long run (10,000 letters: ~0.2 s), so long text
// is segmented in pieces cut just before a character that always starts a grapheme cluster: a
// printable ASCII character or a CJK ideograph (neither extends the cluster before it).
const PIECE = 256
const startsCluster = (code: number): boolean => (code >= 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff)

/** The text's user-perceived characters (grapheme clusters), so a cut never splits an accent from its letter. */
export function graphemes(text: string): string[] {
  const parts: string[] = []
  let start = 0
  while (start < text.length) {
    let end = Math.min(text.length, start + PIECE)
    while (end < text.length && !startsCluster(text.charCodeAt(end))) end++
    for (const { segment } of segmenter.segment(text.slice(start, end))) parts.push(segment)
    start = end
  }
  return parts
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
  for (const { segment: char } of segmenter.segment(text)) {
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
