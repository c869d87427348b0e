import { displayWidth, graphemes } from './displayWidth.js'

// Simplified line breaking (after UAX #14 and the Chinese kinsoku rules): a line may break at a
// space and before or after any wide (CJK) character, but never so that a line starts with
// closing punctuation (，。、） or ends with opening punctuation (（“), and never inside a token:
// a date or an id (no space in it), or a number with its bound mark, scale and unit (超1,600亿元,
// 3,200套以上, over CNY 160 billion). Only a token wider than the whole line is cut: an id at its
// hyphens, anything else where the line ends.
const NO_LINE_START = new Set(Array.from('，。、；：？！）」』】》〉”’,.;:?!)]}…%'))
const NO_LINE_END = new Set(Array.from('（「『【《〈“‘([{'))

// A number glued to what bounds it and what it counts. Chinese: 超 / signs, digits, 万亿 scale,
// then a currency or a one-character unit or counter (元 人 套 家 年 %), then 以上 / 以下; a
// space may stand between a number and its unit (1400 亿元).
// English: over / at least, a currency code, the number, then its scale or counter word.
const TOKENS: readonly RegExp[] = [
  /超?[+\-±≥≤]?\d(?:[\d,.]*\d)?(?:%| ?[万亿千百十]*(?:美元|\p{Script=Han}))?(?:以上|以下)?/gu,
  /(?:(?:over|at least) )?(?:(?:CNY|USD) )?[+\-±≥≤]?\d(?:[\d,.]*\d)?%?(?: [a-z]+)?/g,
]

// For each character of a paragraph, whether it continues a token begun before it.
function insideToken(paragraph: string, chars: readonly string[]): boolean[] {
  const glued = new Set<number>()
  for (const pattern of TOKENS) {
    for (const match of paragraph.matchAll(pattern)) {
      for (let offset = match.index + 1; offset < match.index + match[0].length; offset++) glued.add(offset)
    }
  }
  let offset = 0
  return chars.map((char) => {
    const inside = glued.has(offset)
    offset += char.length
    return inside
  })
}

interface Paragraph {
  readonly chars: readonly string[]
  /** Each character's display width, measured once. */
  readonly widths: readonly number[]
  readonly glued: readonly boolean[]
}

function paragraphOf(text: string): Paragraph {
  const chars = graphemes(text)
  return { chars, widths: chars.map(displayWidth), glued: insideToken(text, chars) }
}

function canBreakBefore({ chars, widths, glued }: Paragraph, index: number): boolean {
  const before = chars[index - 1]
  const after = chars[index]
  if (before === undefined || after === undefined || glued[index] === true) return false
  if (NO_LINE_START.has(after) || NO_LINE_END.has(before)) return false
  return before === ' ' || after === ' ' || widths[index - 1] === 2 || widths[index] === 2
}

// The last resort for a token wider than the line: an id or a period breaks after a hyphen or slash.
function canBreakInsideWord(chars: readonly string[], index: number): boolean {
  const before = chars[index - 1] ?? ''
  return (before === '-' || before === '/') && /[\p{L}\p{N}]/u.test(chars[index - 2] ?? '') && /[\p{L}\p{N}]/u.test(chars[index] ?? '')
}

function wrapParagraph(text: string, width: number): string[] {
  if (displayWidth(text) <= width) return [text.trimEnd()]
  const lines: string[] = []
  let paragraph = paragraphOf(text.trimEnd())
  while (paragraph.chars.length > 0) {
    const { chars, widths } = paragraph
    // `end`: how many characters fit on this line.
    let used = 0
    let end = 0
    while (end < chars.length && used + (widths[end] ?? 0) <= width) used += widths[end++] ?? 0
    if (end === chars.length) {
      lines.push(chars.join(''))
      break
    }
    const lastBreak = (allowed: (index: number) => boolean): number => {
      let at = end
      while (at > 0 && !allowed(at)) at--
      return at
    }
    let cut = lastBreak((index) => canBreakBefore(paragraph, index))
    if (cut === 0) cut = lastBreak((index) => canBreakInsideWord(chars, index))
    if (cut === 0) cut = Math.max(1, end)
    lines.push(chars.slice(0, cut).join('').trimEnd())
    let next = cut
    while (chars[next] === ' ') next++
    // The rest keeps the tokens found in the whole paragraph.
    paragraph = { chars: chars.slice(next), widths: widths.slice(next), glued: paragraph.glued.slice(next) }
  }
  return lines.length === 0 ? [''] : lines
}

/**
 * The widest token of the text (a run with no break opportunity inside it): the narrowest column
 * {@link wrapToWidth} can fit it in without splitting a date, an id or a number from its unit.
 *
 * @example
 * ```ts
 * longestUnbreakable('gdp-2023 · 超1,600亿元') //=> 11
 * ```
 */
export function longestUnbreakable(text: string): number {
  let longest = 0
  for (const line of text.split('\n')) {
    const paragraph = paragraphOf(line)
    let run = 0
    paragraph.chars.forEach((char, index) => {
      if (index > 0 && canBreakBefore(paragraph, index)) run = 0
      // A space counts only inside a token (over CNY 160 billion); elsewhere the line breaks there.
      if (char !== ' ' || paragraph.glued[index] === true) run += paragraph.widths[index] ?? 0
      longest = Math.max(longest, run)
    })
  }
  return longest
}

/**
 * The text broken into lines of at most `width` columns (by display width): at spaces in
 * English, between characters in Chinese, keeping closing punctuation on the line it closes and
 * a number with its unit. Existing line breaks are kept.
 *
 * @example
 * ```ts
 * wrapToWidth('实现地区生产总值3201.2亿元', 12) //=> ['实现地区生产', '总值', '3201.2亿元']
 * ```
 */
export function wrapToWidth(text: string, width: number): string[] {
  return text.split('\n').flatMap((paragraph) => wrapParagraph(paragraph, width))
}
