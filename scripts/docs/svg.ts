/**
 * The little SVG the docs need, written by hand: no charting library for two charts and a
 * diagram. Output is deterministic (fixed rounding, no ids from counters or dates) so the
 * generated files can be checked for drift.
 */

/** Fonts that have Chinese glyphs on common systems, then a generic fallback. */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"

/**
 * Escapes text for an XML text node or attribute value.
 *
 * @param text - Any text.
 * @returns The text with `&`, `<`, `>`, `"` and `'` escaped.
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/**
 * A rough width of a text in pixels: SVG has no text measurement before rendering, so layouts
 * reserve room by counting wide (CJK) characters as a full em and others as about half.
 *
 * @param text - The text.
 * @param fontSize - Font size in pixels.
 * @returns The estimated width in pixels.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0
  for (const char of text) ems += /[\u2e80-\u9fff\uff00-\uffef]/.test(char) ? 1 : 0.56
  return ems * fontSize
}

/**
 * A number for an SVG attribute: at most one decimal, no `-0`.
 *
 * @param value - The number.
 * @returns Its text.
 */
export function n(value: number): string {
  const rounded = Math.round(value * 10) / 10
  return String(Object.is(rounded, -0) ? 0 : rounded)
}

/** Attributes of an element; `undefined` leaves one out. */
export type Attributes = Readonly<Record<string, string | number | undefined>>

/**
 * One SVG element.
 *
 * @param name - The tag name.
 * @param attributes - Its attributes; numbers go through {@link n}.
 * @param children - Already serialised children, or text (escaped here).
 * @returns The element's markup.
 */
export function element(name: string, attributes: Attributes, children: { text: string } | readonly string[] = []): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? n(value) : escapeXml(value)}"`)
    .join('')
  const content = 'text' in children ? escapeXml(children.text) : children.join('')
  return content === '' ? `<${name}${attrs}/>` : `<${name}${attrs}>${content}</${name}>`
}

/**
 * A complete SVG document with a title and description for screen readers.
 *
 * @param width - Width in pixels (also the viewBox).
 * @param height - Height in pixels.
 * @param title - The accessible title.
 * @param description - The accessible description.
 * @param body - The serialised content.
 * @returns The file's text, ending with a line break.
 */
export function svgDocument(width: number, height: number, title: string, description: string, body: readonly string[]): string {
  const root = element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${n(width)} ${n(height)}`,
      role: 'img',
      'font-family': FONT_FAMILY,
    },
    [element('title', {}, { text: title }), element('desc', {}, { text: description }), ...body.map((line) => `\n${line}`), '\n'],
  )
  return `<!-- Generated from the data by scripts/docs/build.ts — do not edit. Run \`npm run docs\`. -->\n${root}\n`
}
