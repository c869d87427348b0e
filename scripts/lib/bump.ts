/** A semver bump, from none to major. */
export type Bump = 'none' | 'patch' | 'minor' | 'major'

const RANK: Readonly<Record<Bump, number>> = { none: 0, patch: 1, minor: 2, major: 3 }

/**
 * The larger of two bumps.
 *
 * @param a - A bump.
 * @param b - Another bump.
 * @returns Whichever needs the bigger version step.
 */
export function maxBump(a: Bump, b: Bump): Bump {
  return RANK[a] >= RANK[b] ? a : b
}

/**
 * Whether a declared bump covers a required one (`minor` covers `patch`, not `major`).
 *
 * @param declared - What the changesets declare.
 * @param required - What the data change needs.
 * @returns `true` when the declared bump is at least the required one.
 */
export function covers(declared: Bump, required: Bump): boolean {
  return RANK[declared] >= RANK[required]
}
