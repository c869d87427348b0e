// How the package scales with the data: 1×, 10×, 100× and 1000× the observations (copies with
// new ids and periods), each bundled as the package is built, then timed in a fresh process:
// import time, heap after import, bundle size, and asOf + a first query on a view never seen.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { jsonParseModule } from '../scripts/lib/jsonParseModule.mjs'
import { root } from './packed.mjs'

const FACTORS = (process.env.BENCH_FACTORS ?? '1,10,100,1000').split(',').map(Number)
const RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 7)
const work = join(root, '.tmp/bench-scale')
mkdirSync(work, { recursive: true })
const observations = JSON.parse(readFileSync(join(root, 'data/observations.json'), 'utf8'))

// Copy k moves every period by 8k years into years 1000–9999 (the data spans 2012–2025, and
// 1000 copies of 14 years fit in 9000 years only if neighbours overlap), so every copy is a new
// figure of the same series and the series grow k-fold; where copies overlap, a series holds
// several figures for one period, as vintages do.
const FIRST_YEAR = Math.min(...observations.flatMap((o) => o.period.match(/\d{4}/g).map(Number)))
function shift(period, k) {
  return period.replace(/\d{4}/g, (year) => String(Number(year) - FIRST_YEAR + 1000 + 8 * k))
}
function scaled(factor) {
  if (factor === 1) return observations
  return Array.from({ length: factor }, (_, k) => observations.map((o) => ({ ...o, id: `${o.id}-x${k}`, period: shift(o.period, k), supersedes: undefined }))).flat()
}

function dataPlugin(records) {
  return {
    name: 'scaled-data',
    setup(b) {
      b.onLoad({ filter: /[\\/]data[\\/][a-z]+\.json$/ }, ({ path }) => {
        const text = path.endsWith('observations.json') ? JSON.stringify(records) : JSON.stringify(JSON.parse(readFileSync(path, 'utf8')))
        return { contents: jsonParseModule(text), loader: 'js' }
      })
    },
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1]
const probe = `
const t0 = performance.now()
const m = await import(process.argv[2])
const t1 = performance.now()
const heap = process.memoryUsage().heapUsed
const t2 = performance.now()
const view = m.asOf('2024-06-01')
m.findObservation('gdp', '2023', { dataset: view })
const t3 = performance.now()
m.findObservation('gdp', '2023')
const t4 = performance.now()
console.log(JSON.stringify({ importMs: t1 - t0, heap, asOfMs: t3 - t2, fullQueryMs: t4 - t3, observations: m.observations.length }))
`
writeFileSync(join(work, 'probe.mjs'), probe)

const rows = []
for (const factor of FACTORS) {
  const records = scaled(factor)
  const file = join(work, `cdht-${factor}x.mjs`)
  const common = { entryPoints: [join(root, 'src/index.ts')], bundle: true, format: 'esm', plugins: [dataPlugin(records)], logLevel: 'silent', charset: 'utf8' }
  await build({ ...common, platform: 'node', outfile: file, external: ['date-fns', '@date-fns/tz'] })
  const minified = await build({ ...common, platform: 'neutral', minify: true, write: false, external: ['date-fns', '@date-fns/tz'] })
  const gzip = gzipSync(minified.outputFiles[0].text).length
  const samples = Array.from({ length: RUNS }, () => JSON.parse(execFileSync(process.execPath, [join(work, 'probe.mjs'), file], { cwd: root, encoding: 'utf8' })))
  rows.push({
    factor,
    observations: samples[0].observations,
    gzipKB: gzip / 1024,
    importMs: median(samples.map((s) => s.importMs)),
    heapMB: median(samples.map((s) => s.heap)) / 2 ** 20,
    asOfMs: median(samples.map((s) => s.asOfMs)),
    fullQueryMs: median(samples.map((s) => s.fullQueryMs)),
  })
}

const pad = (text, width) => String(text).padEnd(width)
console.log(`scale: ${RUNS} runs each, medians · ${new Date().toISOString().slice(0, 10)} · node ${process.version}`)
console.log('')
console.log(`| ${pad('×', 5)} | ${pad('observations', 12)} | ${pad('bundle KB gz', 12)} | ${pad('import ms', 9)} | ${pad('heap MB', 7)} | ${pad('asOf + query ms', 15)} | ${pad('first query ms', 14)} |`)
console.log(`|${'-'.repeat(7)}|${'-'.repeat(14)}|${'-'.repeat(14)}|${'-'.repeat(11)}|${'-'.repeat(9)}|${'-'.repeat(17)}|${'-'.repeat(16)}|`)
for (const row of rows) {
  console.log(`| ${pad(row.factor, 5)} | ${pad(row.observations, 12)} | ${pad(row.gzipKB.toFixed(1), 12)} | ${pad(row.importMs.toFixed(1), 9)} | ${pad(row.heapMB.toFixed(1), 7)} | ${pad(row.asOfMs.toFixed(2), 15)} | ${pad(row.fullQueryMs.toFixed(2), 14)} |`)
}
// n log n check: the cost per observation of the largest size against the smallest, over log n.
const [first, last] = [rows[0], rows.at(-1)]
const per = (row) => row.asOfMs / (row.observations * Math.log2(row.observations))
console.log('')
console.log(`asOf + query per n·log2(n): ${(per(first) * 1e6).toFixed(2)} ns at ${first.observations}, ${(per(last) * 1e6).toFixed(2)} ns at ${last.observations}`)
