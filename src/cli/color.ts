/** Decorations of terminal output; each returns its input unchanged when colour is off. */
export interface Style {
  readonly bold: (text: string) => string
  readonly dim: (text: string) => string
  readonly green: (text: string) => string
  readonly red: (text: string) => string
  readonly yellow: (text: string) => string
}

/**
 * Whether to colour a stream. `FORCE_COLOR` decides first, as in Node and most CLI tools: an
 * explicit request (force-color.org) wins over NO_COLOR; `0` or `false` turns colour off, any
 * other value (also empty) on, even in a pipe. The help text says the same. Otherwise only a
 * terminal is coloured, never when NO_COLOR is set to anything but the empty string
 * (no-color.org), nor on a terminal that says it is dumb.
 *
 * @example
 * ```ts
 * colorEnabled({ isTTY: true }, { NO_COLOR: '1' }) //=> false
 * colorEnabled({ isTTY: false }, { FORCE_COLOR: '1' }) //=> true
 * ```
 */
export function colorEnabled(stream: { readonly isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR.toLowerCase() !== 'false'
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== ''
  return stream.isTTY === true && !noColor && env.TERM !== 'dumb'
}

const sgr =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`
const plain = (text: string): string => text

/** ANSI styles when `enabled`, pass-through otherwise. */
export function createStyle(enabled: boolean): Style {
  return enabled
    ? { bold: sgr(1, 22), dim: sgr(2, 22), green: sgr(32, 39), red: sgr(31, 39), yellow: sgr(33, 39) }
    : { bold: plain, dim: plain, green: plain, red: plain, yellow: plain }
}
