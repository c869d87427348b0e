// Runs the date suites under several host time zones: a calendar day is Beijing's whatever the
// host, so every result must be the same under each (UTC+14 and UTC-10 straddle the date line).
import { spawnSync } from 'node:child_process'

const ZONES = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Apia']
const SUITES = ['test/time', 'test/query/asOf.test.ts', 'test/query/asOfView.test.ts', 'test/targets/daysLeft.test.ts', 'test/targets/periodElapsed.test.ts', 'test/targets/onPace.test.ts', 'test/targets/requiredGrowth.test.ts', 'test/targets/assessTarget.test.ts', 'test/cli/run.test.ts']

let failed = false
for (const zone of ZONES) {
  console.log(`\n— TZ=${zone}`)
  const result = spawnSync('npx', ['vitest', 'run', '--typecheck.enabled=false', ...SUITES], { stdio: 'inherit', env: { ...process.env, TZ: zone } })
  if (result.status !== 0) failed = true
}
process.exitCode = failed ? 1 : 0
