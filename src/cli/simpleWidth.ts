// The display width of text made only of characters whose width is plain: printable ASCII, CJK
// ideographs and punctuation, fullwidth forms, Latin-1 and the common typographic marks. Each
// stands alone as a grapheme cluster beside the others, so the widths add up. Anything else
// (emoji, combining marks, Hangul, controls) is string-width's to measure. Why bother: importing
// string-width compiles its Unicode property regexes (`\p{RGI_Emoji}`…), which costs more CPU
// than starting node itself, and the CLI's own text never needs them. test/cli/simpleWidth.test.ts
// checks every code point of these ranges against string-width.

/** [first, last, columns] for each range of code points measured here, ambiguous ones narrow. */
export const SIMPLE_RANGES: readonly (readonly [number, number, 1 | 2])[] = [
  [0x20, 0x7e, 1],
  [0xa1, 0xac, 1], // ¡ … ¬ (not the soft hyphen U+00AD, which is invisible)
  [0xae, 0xff, 1], // ® … ÿ, · and × among them
  [0x2010, 0x2027, 1], // dashes, quotation marks, …
  [0x2030, 0x205e, 1], // ‰ ′ ″ …
  [0x2190, 0x21ff, 1], // arrows
  [0x2200, 0x22ff, 1], // mathematical operators: − ≤ ≥ ≈
  [0x2a00, 0x2aff, 1], // supplemental operators: ⫽ (a break in series)
  [0x2500, 0x257f, 1], // box drawing
  [0x3000, 0x3029, 2], // ideographic space and CJK punctuation: 、。《》「」
  [0x3030, 0x303e, 2],
  [0x4e00, 0x9fff, 2], // CJK unified ideographs
  [0xff01, 0xff60, 2], // fullwidth forms: （）：，
  [0xffe0, 0xffe6, 2],
]

// The colour codes the CLI itself writes (SGR: ESC [ … m) take no columns.
// eslint-disable-next-line no-control-regex -- the escape character is what is matched
const SGR = /\u001B\[[0-9;]*m/g

function widthOf(code: number): 1 | 2 | undefined {
  // Most characters are ASCII or CJK ideographs: answered before the scan of the ranges.
  if (code >= 0x20 && code <= 0x7e) return 1
  if (code >= 0x4e00 && code <= 0x9fff) return 2
  for (const [first, last, columns] of SIMPLE_RANGES) if (code >= first && code <= last) return columns
  return undefined
}

/**
 * The columns `text` takes when every character is in {@link SIMPLE_RANGES}; `undefined` when
 * one is not, and the caller must measure with string-width.
 */
export function simpleWidth(text: string): number | undefined {
  const plain = text.includes('\u001B') ? text.replace(SGR, '') : text
  let width = 0
  for (let index = 0; index < plain.length; index++) {
    const columns = widthOf(plain.charCodeAt(index))
    if (columns === undefined) return undefined
    width += columns
  }
  return width
}
