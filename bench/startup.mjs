// Start-up cost of the packed package: each command against bare `node -e 0`, interleaved (so
// load on the machine hits both alike), medians of RUNS runs, and their ratio. Run with
// `npm run bench` after `npm run build`.
import { execFileSync, spawnSync } from 'node:child_process'
import { statSync } from 'node:fs'
import { arch, cpus, platform } from 'node:os'
import { join } from 'node:path'
import { installPacked } from './packed.mjs'

const RUNS = Number(process.env.BENCH_RUNS ?? 31)
// Another node to measure with (BENCH_NODE=/path/to/node): a ratio to bare node depends on how
// fast that node starts, which changes between major versions far more than our cost does.
const NODE = process.env.BENCH_NODE ?? process.execPath
const nodeVersion = execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim()
const { consumer, tarball } = installPacked('bench-startup')
const cli = join(consumer, 'node_modules/.bin/cdht-data')

const commands = [
  { name: "import 'cdht-data'", args: ['--input-type=module', '-e', "import 'cdht-data'"], goal: 1.3 },
  { name: "require('cdht-data')", args: ['-e', "require('cdht-data')"], goal: 1.3 },
  { name: 'cdht-data summary', args: [cli, 'summary'], goal: 1.6 },
  { name: 'cdht-data show gdp-2023', args: [cli, 'show', 'gdp-2023'], goal: 1.6 },
  { name: 'cdht-data --help', args: [cli, '--help'], goal: 1.6 },
]
const bare = ['-e', '0']

function time(args) {
  const start = process.hrtime.bigint()
  execFileSync(NODE, args, { cwd: consumer, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } })
  return Number(process.hrtime.bigint() - start) / 1e6
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

// Warm the file cache once.
for (const command of commands) time(command.args)
const rows = commands.map((command) => {
  const [own, base] = [[], []]
  for (let run = 0; run < RUNS; run += 1) {
    // In pairs, in alternating order, so neither the command nor bare node always runs first.
    const [first, second] = run % 2 === 0 ? [bare, command.args] : [command.args, bare]
    const [firstMs, secondMs] = [time(first), time(second)]
    base.push(run % 2 === 0 ? firstMs : secondMs)
    own.push(run % 2 === 0 ? secondMs : firstMs)
  }
  return { ...command, ms: median(own), bareMs: median(base), ratio: median(own) / median(base) }
})

// On a shared VM one run of bare node takes 85 to 140 ms, so a ratio of medians moves by a tenth
// from one bench to the next. The instructions a run executes hardly move: where valgrind is
// installed, each command is also counted once under callgrind (about 15 s each), against bare node.
function instructions(args) {
  const result = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', '--smc-check=all', NODE, ...args], {
    cwd: consumer,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  })
  const refs = /refs:\s+([\d,]+)/.exec(result.stderr ?? '')?.[1]
  return refs === undefined ? undefined : Number(refs.replaceAll(',', ''))
}
const counted = spawnSync('valgrind', ['--version']).status === 0 && process.env.BENCH_INSTRUCTIONS !== '0'
const bareInstructions = counted ? instructions(bare) : undefined
for (const row of rows) row.instructions = bareInstructions === undefined ? undefined : instructions(row.args) / bareInstructions

const pad = (text, width) => String(text).padEnd(width)
console.log(`start-up, packed cdht-data (${(statSync(tarball).size / 1024).toFixed(0)} KB tarball), ${RUNS} interleaved runs, medians`)
console.log(`${new Date().toISOString().slice(0, 10)} · node ${nodeVersion} · ${platform()} ${arch()} · ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}`)
console.log('')
console.log(`| ${pad('command', 26)} | ${pad('ms', 6)} | ${pad('node -e 0', 9)} | ${pad('ratio', 5)} | ${pad('instructions', 12)} | ${pad('goal', 5)} |`)
console.log(`|${'-'.repeat(28)}|${'-'.repeat(8)}|${'-'.repeat(11)}|${'-'.repeat(7)}|${'-'.repeat(14)}|${'-'.repeat(7)}|`)
for (const row of rows) {
  const verdict = row.ratio <= row.goal ? '' : ' ✗'
  const counts = row.instructions === undefined ? 'not counted' : `${row.instructions.toFixed(2)}×`
  console.log(`| ${pad(row.name, 26)} | ${pad(row.ms.toFixed(1), 6)} | ${pad(row.bareMs.toFixed(1), 9)} | ${pad(`${row.ratio.toFixed(2)}×`, 5)} | ${pad(counts, 12)} | ${pad(`≤${row.goal}×`, 5)} |${verdict}`)
}
