import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cdhtBin, consumerDir } from './_consumer.js'

// The command as users get it: the bin of the packed tarball installed in the consumer project,
// run as a child process. Nothing here imports src.

const installed = (): string => join(consumerDir(), 'node_modules/cdht-data')
const ESC = '\u001b['

interface Run {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

// A clean environment: an English locale, no colour settings inherited from the test runner.
function cdht(args: readonly string[], env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [cdhtBin(), ...args], {
    cwd: consumerDir(),
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'en_US.UTF-8', ...env },
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

// An oracle independent of the package's own displayWidth: CJK ideographs, CJK punctuation and
// fullwidth forms take two columns.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u
const columns = (text: string): number => Array.from(text).reduce((sum, char) => sum + (WIDE.test(char) ? 2 : 1), 0)
const widest = (text: string): number => Math.max(0, ...text.split('\n').map(columns))

const everyCommand: readonly (readonly string[])[] = [
  [],
  ['summary'],
  ['summary', '--as-of', '2023-06-01'],
  ['list', 'indicators'],
  ['list', 'observations', '--period', '2023', '--zone', 'cdht', '--category', 'economy'],
  ['list', 'targets'],
  ['list', 'zones'],
  ['list', 'chains'],
  ['list', 'projects'],
  ['list', 'sources'],
  ['show', 'gdp-2023'],
  ['show', 'tianfu-bio-town'],
  ['growth', 'gdp'],
  ['gap', 'gdp-target-2021'],
  ['gap', 'gdp-target-2021', '--as-of', '2021-11-05'],
  ['gap', 'bio-industry-scale-bio-town-2024', '--actual', '1500', '--on', '2024-09-30'],
  ['export', '--format', 'jsonstat'],
]

describe('cdht-data (the packed bin)', () => {
  it('runs through the bin link npm installs, with its shebang', () => {
    const viaBin = execFileSync(join(consumerDir(), 'node_modules/.bin/cdht-data'), ['--version'], { encoding: 'utf8' })
    const { version } = JSON.parse(readFileSync(join(installed(), 'package.json'), 'utf8')) as { version: string }
    const v = version.replaceAll('.', '\\.')
    // 0.0.0 is a copy no release was cut from: it says so rather than "released".
    const release = version === '0.0.0' ? 'unreleased, built' : 'released'
    expect(viaBin).toMatch(new RegExp(`^cdht-data ${v}\\ndataset ${v} \\(${release} \\d{4}-\\d{2}-\\d{2}\\)\\n$`))
  })

  describe.each(['zh', 'en'] as const)('every command in %s', (lang) => {
    it.each(everyCommand.map((args) => [args.join(' ') || '(none)', args] as const))('%s: exit 0, an answer on stdout, no colour', (_, args) => {
      const run = cdht([...args, '--lang', lang])
      expect(run.status, run.stderr).toBe(0)
      expect(run.stdout.length).toBeGreaterThan(0)
      expect(run.stdout).not.toContain(ESC)
      expect(run.stderr).not.toMatch(/\n\s+at /)
    })
    it.each(everyCommand.map((args) => [args.join(' ') || '(none)', args] as const))('%s --json: one JSON document', (_, args) => {
      const run = cdht([...args, '--lang', lang, '--json'])
      expect(run.status, run.stderr).toBe(0)
      expect(() => JSON.parse(run.stdout) as unknown).not.toThrow()
    })
    it('help and version, also as JSON', () => {
      for (const args of [['--help'], ['help', 'export'], ['list', '--help'], ['-h'], ['--version'], ['-v']]) {
        const run = cdht([...args, '--lang', lang])
        expect([run.status, run.stderr]).toEqual([0, ''])
        expect(JSON.parse(cdht([...args, '--lang', lang, '--json']).stdout)).toBeTypeOf('object')
      }
    })
  })

  it('writes the summary in the language asked, or the locale’s', () => {
    expect(cdht(['--lang', 'zh']).stdout).toContain('2023 年主要指标')
    expect(cdht(['--lang', 'en']).stdout).toContain('Headline indicators, 2023')
    expect(cdht([], { LANG: 'zh_CN.UTF-8' }).stdout).toContain('2023 年主要指标')
  })

  describe('errors: one line on stderr, the nearest valid names, the exit code', () => {
    const cases: readonly (readonly [readonly string[], number, RegExp])[] = [
      [['sumary'], 2, /^cdht-data: unknown command "sumary" \(did you mean summary\?\)$/],
      [['list', 'zones', '--perod', '2023'], 2, /unknown option --perod \(did you mean --period\?\)/],
      [['list', 'zones', '--bom'], 2, /--bom does not apply to list/],
      [['list'], 2, /list needs <collection>/],
      [['list', 'indicator'], 2, /<collection> cannot be "indicator" .*\(did you mean indicators\?\)/],
      [['list', 'zones', '--period', '2023'], 2, /--period does not apply to zones/],
      [['list', 'observations', '--period', '2023-13'], 2, /--period must be/],
      [['list', 'observations', '--zone', 'cdth'], 1, /no zone has the id "cdth" \(did you mean cdht/],
      [['show'], 2, /show needs <id>/],
      [['show', 'gpd'], 1, /^cdht-data: no record has the id "gpd" \(did you mean gdp\?\)$/],
      [['show', 'gdp-2023', '--as-of', '2023-06-01'], 1, /gdp-2023 was not published by 2023-06-01/],
      [['growth', 'gpd'], 1, /no indicator has the id "gpd" \(did you mean gdp\?\)/],
      [['growth', 'foreign-trade', '--zone', 'tianfu-bio-town'], 1, /has no level or growth .*--zone cdht/],
      [['gap', 'gdp-target'], 1, /no target has the id "gdp-target" \(did you mean gdp-target-2020, gdp-target-2021\?\)/],
      [['gap', 'gdp-target-2021', '--actual', 'lots'], 2, /--actual must be a decimal number/],
      [['gap', 'gdp-target-2021', '--on', '2024-02-30'], 2, /--on must be a date/],
      [['--lang', 'fr'], 2, /--lang cannot be "fr"/],
      [['--as-of', 'yesterday'], 2, /--as-of must be a date/],
      [['--json=1'], 2, /--json takes no value/],
      [['summary', 'extra'], 2, /unexpected argument "extra"/],
      [['export'], 2, /export needs --format/],
      [['export', '--format', 'cvs'], 2, /\(did you mean csv\?\)/],
      [['export', '--format', 'csv'], 2, /writes \d+ files: give --out DIR/],
      [['export', '--format', 'json', '--bom'], 2, /--bom applies to --format csv only/],
      // A file where the folder should be: refused before anything is written.
      [['export', '--format', 'csv', '--out', 'package.json'], 1, /^cdht-data: package\.json exists and is not a folder$/],
    ]
    it.each(cases.map(([args, code, message]) => [args.join(' '), args, code, message] as const))('%s', (_, args, code, message) => {
      const run = cdht(args)
      expect(run.status).toBe(code)
      expect(run.stdout).toBe('')
      expect(run.stderr.endsWith('\n')).toBe(true)
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
      expect(run.stderr.trimEnd()).toMatch(message)
    })
    it('gives the error as JSON with --json, and in Chinese with --lang zh', () => {
      const json = cdht(['show', 'gpd', '--json'])
      expect(json.status).toBe(1)
      expect(JSON.parse(json.stderr)).toEqual({ error: { code: 'UNKNOWN_ID', message: 'no record has the id "gpd"', suggestions: ['gdp'], exitCode: 1 } })
      expect(cdht(['sumary', '--lang', 'zh']).stderr).toBe('cdht-data: 未知命令“sumary”（是不是要输入 summary？）\n')
    })
  })

  describe('layout', () => {
    it.each(['zh', 'en'] as const)('the summary fits 80 columns by display width (%s)', (lang) => {
      expect(widest(cdht(['--lang', lang]).stdout)).toBeLessThanOrEqual(80)
    })
    it.each(['indicators', 'observations', 'targets', 'zones', 'projects', 'sources'])('list %s fits 80 columns in Chinese', (collection) => {
      expect(widest(cdht(['list', collection, '--lang', 'zh']).stdout)).toBeLessThanOrEqual(80)
    })
    it('aligns columns by display width, a Chinese character taking two', () => {
      const summary = cdht(['--lang', 'zh']).stdout
      const headline = summary.slice(summary.indexOf('2023 年主要指标')).split('\n\n')[0]!.split('\n')
      // The header, the rule and every row end the amount column at the same display column.
      const rule = headline[2]!
      const amountEnd = columns(rule.split('  ').slice(0, 2).join('  '))
      const amounts = headline.slice(3).filter((line) => line.includes('亿元'))
      expect(amounts.length).toBeGreaterThanOrEqual(5)
      for (const line of amounts) expect(columns(line.slice(0, line.indexOf('亿元') + 2))).toBe(amountEnd)
      const targets = cdht(['list', 'targets', '--lang', 'zh']).stdout.trimEnd().split('\n')
      const rows = targets.slice(2).filter((line) => /\d{4}-\d{2}-\d{2}/.test(line))
      const deadlineStart = new Set(rows.map((line) => columns(line.slice(0, line.search(/\d{4}-\d{2}-\d{2}/)))))
      expect(deadlineStart.size).toBe(1)
    })
    it('wraps long names onto more lines rather than cut or overflow, at the width COLUMNS gives', () => {
      for (const width of [40, 80, 200]) {
        const text = cdht(['list', 'targets', '--lang', 'zh'], { COLUMNS: String(width) }).stdout
        expect(widest(text)).toBeLessThanOrEqual(width)
        expect(text).not.toContain('…')
      }
      expect(cdht(['--lang', 'en'], { COLUMNS: '200' }).stdout).toMatch(/^General public budget revenue {2}/m)
    })
  })

  describe('export', () => {
    const shipped = (): string => join(installed(), 'data/export')
    const filesUnder = (folder: string): string[] =>
      readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((path) => statSync(join(folder, path)).isFile())
        .sort()

    it('--format csv --bom writes each shipped data/export/csv file with a byte order mark, under csv-excel/', () => {
      const out = mkdtempSync(join(tmpdir(), 'cdht-export-'))
      const run = cdht(['export', '--format', 'csv', '--bom', '--out', out])
      expect(run.status, run.stderr).toBe(0)
      const plain = filesUnder(shipped()).filter((path) => path.startsWith('csv/'))
      expect(filesUnder(out)).toEqual(plain.map((path) => path.replace('csv/', 'csv-excel/')))
      for (const path of plain) {
        const copy = readFileSync(join(out, path.replace('csv/', 'csv-excel/')))
        expect(copy.equals(Buffer.concat([Buffer.from('\uFEFF'), readFileSync(join(shipped(), path))])), path).toBe(true)
      }
      expect(existsSync(join(shipped(), 'csv-excel'))).toBe(false)
    })
    it.each([
      ['csv', [], 'csv'],
      ['ndjson', [], 'ndjson'],
      ['jsonstat', [], 'jsonstat'],
    ] as const)('--format %s %j writes the shipped data/export/%s files byte for byte', (format, extra, folder) => {
      const out = mkdtempSync(join(tmpdir(), 'cdht-export-'))
      const run = cdht(['export', '--format', format, ...extra, '--out', out])
      expect(run.status, run.stderr).toBe(0)
      const written = filesUnder(out)
      expect(written).toEqual(filesUnder(shipped()).filter((path) => path.startsWith(`${folder}/`)))
      for (const path of written) expect(readFileSync(join(out, path)).equals(readFileSync(join(shipped(), path))), path).toBe(true)
      expect(run.stdout.trimEnd().split('\n').map((line) => relative(out, line)).sort()).toEqual(written)
    })
    it('--format datapackage reproduces the whole of data/export', () => {
      const out = mkdtempSync(join(tmpdir(), 'cdht-export-'))
      expect(cdht(['export', '--format', 'datapackage', '--out', out]).status).toBe(0)
      const written = filesUnder(out)
      expect(written).toEqual(filesUnder(shipped()))
      expect(written).toContain('datapackage.json')
      for (const path of written) expect(readFileSync(join(out, path)).equals(readFileSync(join(shipped(), path))), path).toBe(true)
    })
    it('--format json writes the canonical data files byte for byte', () => {
      const out = mkdtempSync(join(tmpdir(), 'cdht-export-'))
      expect(cdht(['export', '--format', 'json', '--out', out]).status).toBe(0)
      for (const path of filesUnder(join(out, 'json'))) {
        expect(readFileSync(join(out, 'json', path)).equals(readFileSync(join(installed(), 'data', path))), path).toBe(true)
      }
    })
    it('prints the JSON-stat file on stdout without --out', () => {
      expect(cdht(['export', '--format', 'jsonstat']).stdout).toBe(readFileSync(join(shipped(), 'jsonstat/observations.json'), 'utf8'))
    })
  })

  describe('colour', () => {
    // `script` runs the command on a pseudo-terminal, where colour is allowed.
    const hasScript = existsSync('/usr/bin/script')
    const onTerminal = (env: Record<string, string>): string =>
      execFileSync('script', ['-qec', `"${process.execPath}" "${cdhtBin()}" --lang en`, '/dev/null'], {
        cwd: consumerDir(),
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8', TERM: 'xterm', ...env },
      })
    it.skipIf(!hasScript)('is used on a terminal', () => {
      expect(onTerminal({})).toContain(`${ESC}1m`)
    })
    it.skipIf(!hasScript)('is never used with NO_COLOR', () => {
      expect(onTerminal({ NO_COLOR: '1' })).not.toContain(ESC)
    })
    it('is never used in a pipe', () => {
      expect(cdht(['--lang', 'zh']).stdout).not.toContain(ESC)
      expect(cdht(['sumary']).stderr).not.toContain(ESC)
    })
  })

  describe('loading', () => {
    // The files a run loads, by its own account: a preloaded script lists require's cache at exit
    // (the CLI is CommonJS; string-width, an ES module, is imported only for text that needs it).
    function loaded(args: readonly string[]): string[] {
      const probe = join(mkdtempSync(join(tmpdir(), 'cdht-probe-')), 'probe.cjs')
      writeFileSync(probe, "process.on('exit', () => process.stderr.write('LOADED ' + JSON.stringify(Object.keys(require.cache)) + '\\n'))\n")
      const result = spawnSync(process.execPath, ['--require', probe, cdhtBin(), ...args], { cwd: consumerDir(), encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8' } })
      expect(result.status, result.stderr).toBe(0)
      const line = result.stderr.split('\n').find((text) => text.startsWith('LOADED '))
      return (JSON.parse(line?.slice('LOADED '.length) ?? '[]') as string[]).map((file) => relative(realpathSync(installed()), realpathSync(file)))
    }

    it('--help loads no data and no command: only the CLI file', () => {
      expect(loaded(['--help']).filter((file) => !file.includes('probe.cjs'))).toEqual(['dist/cli.cjs'])
    })
    it('summary loads the library entry require() loads, which carries the data: no data file besides', () => {
      const files = loaded(['summary']).filter((file) => !file.includes('probe.cjs'))
      expect(files).toEqual(['dist/cli.cjs', 'dist/index.cjs'])
    })
    it('never loads zod, whatever the command', () => {
      for (const args of [['summary'], ['show', 'gdp-2023'], ['export', 'observations', '--format', 'jsonstat'], ['list', 'targets']]) {
        expect(loaded(args).filter((file) => file.includes('zod')), args.join(' ')).toEqual([])
      }
      expect(readFileSync(join(installed(), 'dist/cli.cjs'), 'utf8')).not.toMatch(/require\(\s*["']zod|import\(\s*["']zod|ZodError/)
    })
  })
})
