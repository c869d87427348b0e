// The single gate `npm test` runs, locally and in CI: every check in order, stopping at the first
// failure so its output is the last thing on screen.
import { spawnSync } from 'node:child_process'

const steps = [
  ['generated files are up to date', 'npx tsx scripts/generate.ts --check'],
  ['generated docs (catalogue, charts) are up to date', 'npx tsx scripts/docs/build.ts --check'],
  ['data change vs pending changesets', 'npx tsx scripts/data-diff.ts --check'],
  ['typecheck', 'npx tsc --noEmit'],
  ['lint', 'npx eslint . --max-warnings 0'],
  ['unit and data tests with coverage', 'npx vitest run --coverage'],
  ['build (library, CLI, data exports)', 'npm run build'],
  ['publint', 'npx publint --strict'],
  ['are the types wrong (node10, node16, bundler)', 'npx attw --pack .'],
  ['typedoc, warnings as errors', 'npx typedoc'],
  ['packed-package tests', 'npx vitest run --config vitest.package.config.ts'],
]

const only = process.argv.slice(2)
let passed = 0
for (const [name, command] of steps) {
  if (only.length > 0 && !only.some((word) => name.includes(word))) continue
  console.log(`\n▶ ${name}: ${command}`)
  const started = Date.now()
  const { status } = spawnSync(command, { stdio: 'inherit', shell: true })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${status}, ${seconds}s)`)
    console.log(`gate: ${passed} passed, 1 failed`)
    process.exit(1)
  }
  console.log(`✔ ${name} (${seconds}s)`)
  passed++
}
console.log(`\ngate: ${passed} passed, 0 failed`)
