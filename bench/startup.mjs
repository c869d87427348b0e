// Start-up cost of the packed package: each command against bare `node -e 0`, interleaved (so
// load on the machine hits both alike), medians of RUNS runs, and their ratio. Run with
// `npm run bench` after `npm run build`.
import { execFileSync } from 'node:child_process'
import { statSync } from 'node:fs'
import { arch, cpus, platform } from 'node:os'
import { join } from 'node:path'
import { installPacked } from './packed.mjs'

const RUNS = Number(process.env.BENCH_RUNS ?? 21)
const { consumer, tarball } = installPacked('bench-startup')
const cli = join(consumer, 'node_modules/cdht-data/dist/cli.js')

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
  execFileSync(process.execPath, args, { cwd: consumer, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } })
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
    base.push(time(bare))
    own.push(time(command.args))
  }
  const ratio = median(own) / median(base)
  return { ...command, ms: median(own), bareMs: median(base), ratio }
})

const pad = (text, width) => String(text).padEnd(width)
console.log(`start-up, packed cdht-data (${(statSync(tarball).size / 1024).toFixed(0)} KB tarball), ${RUNS} interleaved runs, medians`)
console.log(`${new Date().toISOString().slice(0, 10)} · node ${process.version} · ${platform()} ${arch()} · ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}`)
console.log('')
console.log(`| ${pad('command', 26)} | ${pad('ms', 6)} | ${pad('node -e 0', 9)} | ${pad('ratio', 5)} | ${pad('goal', 5)} |`)
console.log(`|${'-'.repeat(28)}|${'-'.repeat(8)}|${'-'.repeat(11)}|${'-'.repeat(7)}|${'-'.repeat(7)}|`)
for (const row of rows) {
  const verdict = row.ratio <= row.goal ? '' : ' ✗'
  console.log(`| ${pad(row.name, 26)} | ${pad(row.ms.toFixed(1), 6)} | ${pad(row.bareMs.toFixed(1), 9)} | ${pad(`${row.ratio.toFixed(2)}×`, 5)} | ${pad(`≤${row.goal}×`, 5)} |${verdict}`)
}
