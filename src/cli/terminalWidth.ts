const FALLBACK_WIDTH = 80
// Narrower than this nothing reads well; a smaller COLUMNS is taken as this.
const NARROWEST = 20

/**
 * The columns output may take: `COLUMNS` when it is set to a whole number (what shells export,
 * and what a user sets to lay out output sent to a file), else the terminal's own width, else 80.
 *
 * @example
 * ```ts
 * terminalWidth({ isTTY: false }, { COLUMNS: '200' }) //=> 200
 * terminalWidth({ isTTY: true, columns: 40 }, {}) //=> 40
 * terminalWidth({ isTTY: false }, {}) //=> 80
 * ```
 */
export function terminalWidth(
  stream: { readonly isTTY?: boolean; readonly columns?: number },
  env: Readonly<Record<string, string | undefined>>,
): number {
  const fromEnv = env.COLUMNS === undefined || !/^\s*\d+\s*$/.test(env.COLUMNS) ? undefined : Number(env.COLUMNS)
  const fromTerminal = stream.isTTY === true && stream.columns !== undefined && stream.columns > 0 ? stream.columns : undefined
  const width = fromEnv !== undefined && fromEnv > 0 ? fromEnv : (fromTerminal ?? FALLBACK_WIDTH)
  return Math.max(NARROWEST, width)
}
