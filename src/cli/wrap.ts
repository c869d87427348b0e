import { displayWidth, graphemes } from './displayWidth.js'

// Simplified line breaking (after UAX #14 and the Chinese kinsoku rules): a line may break at a
// space, after a hyphen or slash inside a word (gdp-growth-2023, 2021-01/2021-09), and before or
// after any wide (CJK) character, but never so that a line starts with closing punctuation
// (，。、） or ends with opening punctuation (（“).
const NO_LINE_START = new Set(Array.from('，。、；：？！）」』】》〉”’,.;:?!)]}…%'))
const NO_LINE_END = new Set(Array.from('（「『【《〈“‘([{'))

function canBreakBefore(chars: readonly string[], index: number, atHyphen = true): boolean {
  const before = chars[index - 1]
  const after = chars[index]
  if (before === undefined || after === undefined) return false
  if (NO_LINE_START.has(after) || NO_LINE_END.has(before)) return false
  if (before === ' ' || after === ' ' || displayWidth(before) === 2 || displayWidth(after) === 2) return true
  return atHyphen && (before === '-' || before === '/') && /[\p{L}\p{N}]/u.test(chars[index - 2] ?? '') && /[\p{L}\p{N}]/u.test(after)
}

function wrapParagraph(paragraph: string, width: number): string[] {
  const lines: string[] = []
  let rest = graphemes(paragraph.trimEnd())
  while (rest.length > 0) {
    // `end`: how many characters fit on this line.
    let used = 0
    let end = 0
    while (end < rest.length && used + displayWidth(rest[end] ?? '') <= width) used += displayWidth(rest[end++] ?? '')
    if (end === rest.length) {
      lines.push(rest.join(''))
      break
    }
    // A space or a Chinese character first; inside a word (an id) only when the line has neither.
    const lastBreak = (atHyphen: boolean): number => {
      let at = end
      while (at > 0 && !canBreakBefore(rest, at, atHyphen)) at--
      return at
    }
    let cut = lastBreak(false)
    if (cut === 0) cut = lastBreak(true)
    if (cut === 0) cut = Math.max(1, end)
    lines.push(rest.slice(0, cut).join('').trimEnd())
    rest = rest.slice(cut)
    while (rest[0] === ' ') rest = rest.slice(1)
  }
  return lines.length === 0 ? [''] : lines
}

/**
 * The widest piece of the text that has no break opportunity inside it: the narrowest column
 * {@link wrapToWidth} can fit it in without cutting a word.
 *
 * @example
 * ```ts
 * longestUnbreakable('gdp-growth-2023 · 3,201.2亿元') //=> 7
 * ```
 */
export function longestUnbreakable(text: string): number {
  let longest = 0
  for (const paragraph of text.split('\n')) {
    const chars = graphemes(paragraph)
    let run = 0
    chars.forEach((char, index) => {
      if (index > 0 && canBreakBefore(chars, index)) run = 0
      if (char !== ' ') run += displayWidth(char)
      longest = Math.max(longest, run)
    })
  }
  return longest
}

/**
 * The text broken into lines of at most `width` columns (by display width): at spaces in
 * English, between characters in Chinese, keeping closing punctuation on the line it closes.
 * Existing line breaks are kept.
 *
 * @example
 * ```ts
 * wrapToWidth('实现地区生产总值3201.2亿元', 12) //=> ['实现地区生产', '总值3201.2亿', '元']
 * ```
 */
export function wrapToWidth(text: string, width: number): string[] {
  return text.split('\n').flatMap((paragraph) => wrapParagraph(paragraph, width))
}
