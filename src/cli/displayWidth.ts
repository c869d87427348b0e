// Terminal columns a text takes: a Chinese character takes two, a combining mark none. The
// ranges are the East Asian Wide (W) and Fullwidth (F) blocks of Unicode's EastAsianWidth.txt
// that text in this dataset or a terminal prompt can hold, as [first, last] code points, sorted.
// Ambiguous characters (…, ·, ①) count as one, as terminals in non-CJK locales draw them.
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo initials
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x23f0, 0x23f0],
  [0x23f3, 0x23f3],
  [0x25fd, 0x25fe],
  [0x2614, 0x2615],
  [0x2648, 0x2653],
  [0x267f, 0x267f],
  [0x2693, 0x2693],
  [0x26a1, 0x26a1],
  [0x26aa, 0x26ab],
  [0x26bd, 0x26be],
  [0x26c4, 0x26c5],
  [0x26ce, 0x26ce],
  [0x26d4, 0x26d4],
  [0x26ea, 0x26ea],
  [0x26f2, 0x26f3],
  [0x26f5, 0x26f5],
  [0x26fa, 0x26fa],
  [0x26fd, 0x26fd],
  [0x2705, 0x2705],
  [0x270a, 0x270b],
  [0x2728, 0x2728],
  [0x274c, 0x274c],
  [0x274e, 0x274e],
  [0x2753, 0x2755],
  [0x2757, 0x2757],
  [0x2795, 0x2797],
  [0x27b0, 0x27b0],
  [0x27bf, 0x27bf],
  [0x2b1b, 0x2b1c],
  [0x2b50, 0x2b50],
  [0x2b55, 0x2b55],
  [0x2e80, 0x303e], // CJK radicals, Kangxi radicals, CJK symbols and punctuation (、。「」)
  [0x3041, 0x33ff], // kana, bopomofo, Hangul compatibility jamo, enclosed CJK, CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4dc0, 0x4dff], // Yijing hexagrams
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f], // Hangul Jamo extended A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff00, 0xff60], // fullwidth ASCII variants (，（）：)
  [0xffe0, 0xffe6], // fullwidth signs (￥)
  [0x16fe0, 0x16fe4],
  [0x17000, 0x18aff], // Tangut
  [0x1b000, 0x1b2ff], // kana supplement and extensions
  [0x1f004, 0x1f004],
  [0x1f0cf, 0x1f0cf],
  [0x1f18e, 0x1f18e],
  [0x1f191, 0x1f19a],
  [0x1f200, 0x1f202],
  [0x1f210, 0x1f23b],
  [0x1f240, 0x1f248],
  [0x1f250, 0x1f251],
  [0x1f260, 0x1f265],
  [0x1f300, 0x1f64f], // pictographs and emoticons
  [0x1f680, 0x1f6ff], // transport and map symbols
  [0x1f900, 0x1f9ff], // supplemental symbols and pictographs
  [0x1fa70, 0x1faff],
  [0x20000, 0x2fffd], // CJK extensions B–F
  [0x30000, 0x3fffd], // CJK extensions G–H
]

// Combining marks, format characters (zero-width space and joiner, the BOM), variation selectors
// and control characters advance the cursor by nothing.
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}\u{fe00}-\u{fe0f}\u{e0100}-\u{e01ef}]$/u

/** The ellipsis that marks truncated text; one column wide. */
export const ELLIPSIS = '…'

function isWide(codePoint: number): boolean {
  let low = 0
  let high = WIDE_RANGES.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const [first, last] = WIDE_RANGES[middle] ?? [0, -1]
    if (codePoint < first) high = middle - 1
    else if (codePoint > last) low = middle + 1
    else return true
  }
  return false
}

/**
 * The columns one character (a code point) takes in a terminal: 0, 1 or 2.
 *
 * @example
 * ```ts
 * charWidth('区') //=> 2
 * ```
 */
export function charWidth(char: string): 0 | 1 | 2 {
  const codePoint = char.codePointAt(0)
  if (codePoint === undefined || ZERO_WIDTH.test(char)) return 0
  return isWide(codePoint) ? 2 : 1
}

/**
 * The columns a text takes in a terminal: East Asian wide and fullwidth characters count two,
 * combining and control characters none, everything else one.
 *
 * @example
 * ```ts
 * displayWidth('GDP 地区生产总值') //=> 16
 * ```
 */
export function displayWidth(text: string): number {
  let width = 0
  for (const char of text) width += charWidth(char)
  return width
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
  for (const char of text) {
    const next = charWidth(char)
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
