/**
 * The edit distance between two texts counting insertions, deletions, substitutions and swaps
 * of two neighbouring characters, each as one edit (the optimal string alignment variant of
 * Damerau–Levenshtein): `gpd` is one swap away from `gdp`, where plain Levenshtein counts two.
 *
 * @example
 * ```ts
 * editDistance('gpd', 'gdp') //=> 1
 * editDistance('export', 'exprot') //=> 1
 * ```
 */
export function editDistance(from: string, to: string): number {
  const a = Array.from(from)
  const b = Array.from(to)
  // rows[i][j]: distance between the first i characters of a and the first j of b.
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  const at = (i: number, j: number): number => rows[i]?.[j] ?? Number.POSITIVE_INFINITY
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] ?? []
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1)
      row[j] = best
    }
  }
  return at(a.length, b.length)
}

// No id or option is near this long; a longer input is pasted text, not a typo.
const MAX_INPUT = 64

/** Options of {@link suggest}. */
export interface SuggestOptions {
  /** How many suggestions at most; 3 unless told. */
  readonly limit?: number
}

/**
 * The valid names nearest to a mistyped one, best first: those within a few edits (about one
 * per three characters, at least one, at most three), case ignored, and those the input is the
 * start of (`fixed` for `fixed-asset-investment`) or a hyphen-separated part of. Ties go to the
 * shorter, then alphabetical, name. Empty when nothing is close: a wild guess helps nobody, and
 * for input longer than any id could be (over 64 characters), which is no typo and would make
 * the edit distances slow.
 *
 * @example
 * ```ts
 * suggest('gpd', ['gdp', 'gdp-growth', 'exports']) //=> ['gdp']
 * suggest('sumary', ['summary', 'list', 'show']) //=> ['summary']
 * ```
 */
export function suggest(input: string, candidates: Iterable<string>, options: SuggestOptions = {}): string[] {
  const wanted = input.toLowerCase()
  if (wanted === '' || wanted.length > MAX_INPUT) return []
  const maxDistance = Math.min(3, Math.max(1, Math.floor(Array.from(wanted).length / 3)))
  const scored: { name: string; score: number }[] = []
  for (const name of new Set(candidates)) {
    const lower = name.toLowerCase()
    if (name === input) continue
    const distance = editDistance(wanted, lower)
    // A prefix or a whole part of the name scores just after a one-edit typo.
    const partial = wanted.length >= 3 && (lower.startsWith(wanted) || lower.split(/[-_:/]/).includes(wanted))
    const score = distance <= maxDistance ? distance : partial ? maxDistance + 0.5 : Number.POSITIVE_INFINITY
    if (Number.isFinite(score)) scored.push({ name, score })
  }
  scored.sort((x, y) => x.score - y.score || x.name.length - y.name.length || x.name.localeCompare(y.name))
  return scored.slice(0, options.limit ?? 3).map(({ name }) => name)
}
