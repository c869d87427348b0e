import { covers } from './bump.js'
import type { Bump } from './bump.js'
import type { RequiredBump } from './requiredBump.js'

/** The verdict of the release check. */
export interface BumpCheck {
  readonly ok: boolean
  readonly message: string
}

/**
 * Whether the pending changesets declare a big enough bump for the data change since the last
 * release: a removed id with only a minor changeset fails.
 *
 * @param required - What the data change needs, with reasons.
 * @param declared - What the pending changesets declare.
 * @param baseline - The release compared with, e.g. `v1.2.0`.
 * @returns `ok` and a message that names the reasons.
 */
export function checkBump(required: RequiredBump, declared: Bump, baseline: string): BumpCheck {
  if (required.bump === 'none') {
    return { ok: true, message: `data unchanged since ${baseline}; pending changesets declare: ${declared}` }
  }
  const reasons = required.reasons.map((reason) => `  ${reason}`).join('\n')
  if (covers(declared, required.bump)) {
    return { ok: true, message: `data changes since ${baseline} need a ${required.bump} release; changesets declare ${declared}:\n${reasons}` }
  }
  return {
    ok: false,
    message:
      `data changes since ${baseline} need a ${required.bump} release, but the pending changesets declare ${declared}:\n${reasons}\n` +
      `Run \`npm run data:changeset\` to write a changeset with the diff summary, or add one with \`npx changeset\` (see docs/versioning.md).`,
  }
}
