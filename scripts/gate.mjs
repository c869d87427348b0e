// The single gate `npm test` runs, locally and in CI. Independent checks run side by side (the
// machine has 2 cores; most steps wait on I/O or a single thread part of the time), the package is
// built and packed once, and attw, publint and the packed-package tests share that tarball. Each
// step's output is held and printed when it fails; the first failure stops the gate (exit 1).
// `node scripts/gate.mjs lint typecheck` runs only the steps whose name contains a word given.
import { spawn } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const packDir = join(root, '.tmp/gate-pack')
const tarball = () => join(packDir, readdirSync(packDir).find((name) => name.endsWith('.tgz')) ?? 'missing.tgz')

// Plain text when the output is not a terminal: no colour codes in a log file or CI artefact.
const tty = process.stdout.isTTY === true
const env = { ...process.env, ...(tty ? {} : { NO_COLOR: '1' }) }
if (!tty) delete env.FORCE_COLOR
const CONCURRENCY = Number(process.env.GATE_JOBS ?? 3)

/** name, command (a function: the tarball path is known only once packed), steps it waits for. */
const steps = [
  { name: 'generated files are up to date', command: () => 'npx tsx scripts/generate.ts --check' },
  { name: 'generated docs (catalogue, charts) are up to date', command: () => 'npx tsx scripts/docs/build.ts --check' },
  { name: 'data change vs pending changesets', command: () => 'npx tsx scripts/data-diff.ts --check' },
  { name: 'typedoc, warnings as errors', command: () => 'npx typedoc' },
  { name: 'unit and data tests with coverage', command: () => 'npx vitest run --coverage' },
  // The build rewrites data/export/, which the generated-file checks read: it waits for them.
  {
    name: 'build (library, CLI, data exports)',
    after: ['generated files are up to date', 'generated docs (catalogue, charts) are up to date', 'data change vs pending changesets'],
    command: () => 'npm run build',
  },
  {
    name: 'pack',
    after: ['build (library, CLI, data exports)'],
    command: () => `node -e "require('node:fs').rmSync('${packDir}',{recursive:true,force:true});require('node:fs').mkdirSync('${packDir}',{recursive:true})" && npm pack --silent --pack-destination ${packDir}`,
  },
  { name: 'packed-package tests', after: ['pack', 'typedoc, warnings as errors'], command: () => 'npx vitest run --config vitest.package.config.ts', env: () => ({ CDHT_TARBALL: tarball() }) },
  { name: 'typecheck (also the type tests, test/**/*.test-d.ts)', command: () => 'npx tsc --noEmit' },
  // Calendar days are Beijing's whatever the host: the date suites again under five host zones.
  { name: 'date suites under five host time zones', after: ['unit and data tests with coverage'], command: () => 'npm run --silent test:tz' },
  { name: 'lint', command: () => 'npx eslint . --max-warnings 0' },
  { name: 'publint', after: ['pack'], command: () => `npx publint run ${tarball()} --strict` },
  { name: 'are the types wrong (node10, node16, bundler)', after: ['pack'], command: () => `npx attw ${tarball()}` },
]

const only = process.argv.slice(2)
const wanted = (step) => only.length === 0 || only.some((word) => step.name.includes(word))
const selected = steps.filter(wanted)
const names = new Set(selected.map((step) => step.name))
const started = Date.now()
const done = new Set()
const running = new Map()
let passed = 0
let failed = false

const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1)
const ready = (step) => (step.after ?? []).every((name) => done.has(name) || !names.has(name))

function finish(code) {
  console.log(`\ngate: ${passed} passed, ${code === 0 ? 0 : 1} failed (${seconds(started)}s in all)`)
  process.exit(code)
}

function launch(step) {
  const since = Date.now()
  const command = step.command()
  console.log(`▶ ${step.name}: ${command}`)
  const child = spawn(command, { shell: true, cwd: root, env: { ...env, ...(step.env?.() ?? {}) }, detached: true })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  running.set(step.name, child)
  child.on('close', (status) => {
    running.delete(step.name)
    if (failed) return
    if (status !== 0) {
      failed = true
      // Stop the other steps (each is its own process group, started here) before reporting.
      for (const other of running.values()) {
        try {
          process.kill(-other.pid, 'SIGTERM')
        } catch {
          // Already gone.
        }
      }
      process.stdout.write(`\n${output}`)
      console.error(`\n✖ ${step.name} failed (exit ${status}, ${seconds(since)}s)`)
      finish(1)
      return
    }
    console.log(`✔ ${step.name} (${seconds(since)}s)`)
    passed++
    done.add(step.name)
    schedule()
  })
}

const pending = [...selected]
function schedule() {
  while (running.size < CONCURRENCY) {
    const next = pending.find(ready)
    if (next === undefined) break
    pending.splice(pending.indexOf(next), 1)
    launch(next)
  }
  if (pending.length === 0 && running.size === 0) finish(0)
}

rmSync(join(root, '.tmp/gate-pack'), { recursive: true, force: true })
mkdirSync(packDir, { recursive: true })
schedule()
