import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { beijingToday, failureLine, runCli } from '../../src/cli/run.js'
import { beijingDay } from '../../src/time/beijingDay.js'
import type { CliIo } from '../../src/cli/run.js'
import { failure, usageError } from '../../src/cli/failure.js'
import { publicationDays } from '../../src/_internal/publicationDays.js'
import { meta } from '../../src/index.js'
import { asOf } from '../../src/query/asOf.js'
import { previousDay } from '../../src/time/previousDay.js'

interface FakeIo extends CliIo {
  readonly out: string[]
  readonly err: string[]
  readonly written: Map<string, string>
}

function fakeIo(overrides: Partial<CliIo> & { stdoutTTY?: boolean; stderrTTY?: boolean } = {}): FakeIo {
  const out: string[] = []
  const err: string[] = []
  const written = new Map<string, string>()
  return {
    out,
    err,
    written,
    stdout: { write: (text: string) => out.push(text), isTTY: overrides.stdoutTTY ?? false, columns: 100 },
    stderr: { write: (text: string) => err.push(text), isTTY: overrides.stderrTTY ?? false },
    env: { LANG: 'en_US.UTF-8' },
    writeFile: (path, content) => written.set(path, content),
    packageVersion: () => '9.9.9',
    // Noon in Beijing on 2024-03-01, whatever the host's zone.
    now: () => new Date('2024-03-01T04:00:00Z'),
    ...overrides,
  }
}

async function cli(argv: string[], overrides: Parameters<typeof fakeIo>[0] = {}): Promise<{ code: number; stdout: string; stderr: string; io: FakeIo }> {
  const io = fakeIo(overrides)
  const code = await runCli(argv, io)
  return { code, stdout: io.out.join(''), stderr: io.err.join(''), io }
}

const ESC = '\u001b['

describe('runCli', () => {
  it('prints the package and dataset versions without loading a command', async () => {
    const { code, stdout } = await cli(['--version'])
    expect(code).toBe(0)
    // A 0.0.0 copy is built, never released; 0.1.0 on is a release with its date.
    const released = meta.version !== '0.0.0'
    expect(stdout).toBe(`cdht-data 9.9.9\ndataset ${meta.version} (${released ? 'released' : 'unreleased, built'} ${meta.released})\n`)
    expect(JSON.parse((await cli(['-v', '--json'])).stdout)).toEqual({
      name: 'cdht-data',
      version: '9.9.9',
      dataset: { version: meta.version, released: released ? meta.released : null, built: meta.released },
    })
  })
  it('prints help for the tool and for a command, also as JSON', async () => {
    expect((await cli(['--help'])).stdout).toContain('Usage: cdht-data [command] [options]')
    expect((await cli(['help', 'gap', '--lang', 'zh'])).stdout).toContain('用法: cdht-data gap <目标>')
    const tool = JSON.parse((await cli(['--help', '--json'])).stdout) as { commands: { command: string }[] }
    expect(tool.commands.map((command) => command.command)).toContain('export')
    const gap = JSON.parse((await cli(['gap', '--help', '--json'])).stdout) as { command: string; options: Record<string, string> }
    expect(gap.command).toBe('gap')
    expect(Object.keys(gap.options)).toEqual(['--actual', '--on'])
  })
  it('runs the summary by default, with today from the clock', async () => {
    const { code, stdout, stderr } = await cli([])
    expect([code, stderr]).toEqual([0, ''])
    expect(stdout).toContain('Headline indicators, 2023')
    expect(stdout).toMatch(/2024-12-31 +pending +305$/m)
  })
  it('loads and runs each command', async () => {
    for (const argv of [['list', 'zones'], ['show', 'gdp'], ['growth', 'gdp'], ['gap', 'gdp-target-2021'], ['export', '--format', 'jsonstat']]) {
      const { code, stdout } = await cli(argv)
      expect(code, argv.join(' ')).toBe(0)
      expect(stdout.length).toBeGreaterThan(0)
    }
  })
  it('takes today from the clock in Beijing, whatever the host zone: 16:00 UTC is the next day there', async () => {
    const late = await cli(['gap', 'gdp-target-2021', '--json'], { now: () => new Date('2026-11-30T16:00:00Z') })
    expect((JSON.parse(late.stdout) as { on: string }).on).toBe('2026-12-01')
    const early = await cli(['gap', 'gdp-target-2021', '--json'], { now: () => new Date('2026-11-30T15:59:59Z') })
    expect((JSON.parse(early.stdout) as { on: string }).on).toBe('2026-11-30')
  })
  it('finds Beijing\'s day as the library does, for any instant from 1992 to 2100', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1992-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }), (date) => beijingToday(date) === beijingDay(date.getTime())),
      { numRuns: 5000 },
    )
  })
  it('refuses an --as-of after today in Beijing: what is not published yet cannot be known', async () => {
    const later = await cli(['--as-of', '2024-03-02'])
    expect([later.code, later.stderr]).toEqual([2, 'cdht-data: --as-of 2024-03-02 is after today in Beijing (2024-03-01)\n'])
    expect((await cli(['--as-of', '2024-03-01'])).code).toBe(0)
  })
  // REPORT6 §11: `export --format datapackage --as-of 2013-01-01` wrote a descriptor with `sources: []`
  // (Frictionless wants at least one) and a JSON-stat cube of size [0,0,0], and exited 0.
  describe('an --as-of before the first publication', () => {
    const first = publicationDays().days[0] ?? ''
    const before = previousDay(first)
    const runs = [
      ...['datapackage', 'jsonstat', 'csv', 'ndjson', 'json'].map((format) => ['export', '--format', format, '--out', 'dir']),
      ['export', 'observations', '--format', 'csv'],
      ['export', '--format', 'jsonstat'],
      [],
      ['summary'],
      ['list', 'sources'],
      ['show', 'gdp'],
      ['growth', 'gdp'],
      ['gap', 'gdp-target-2021'],
    ]
    it('is the day before the first day a source is in a view', () => {
      expect([asOf(before).sources.length, asOf(first).sources.length > 0]).toEqual([0, true])
    })
    it.each(runs)('is a usage error naming --as-of and the first day: %s', async (...argv) => {
      for (const day of ['2013-01-01', before]) {
        const en = await cli([...argv, '--as-of', day])
        expect([en.code, en.stdout, en.stderr, en.io.written.size]).toEqual([2, '', `cdht-data: --as-of ${day} is before the first day the data knows (${first}): no source had been published by then\n`, 0])
        const zh = await cli([...argv, '--as-of', day, '--lang', 'zh'])
        expect([zh.code, zh.stderr]).toEqual([2, `cdht-data: --as-of ${day} 早于数据集最早的发布日（${first}）：此前没有任何来源发布\n`])
        const json = await cli([...argv, '--as-of', day, '--json'])
        expect(JSON.parse(json.stderr)).toMatchObject({ error: { code: 'INVALID_VALUE', exitCode: 2 } })
      }
    })
    it('exports a valid package on the first day itself', async () => {
      const { code, io } = await cli(['export', '--format', 'datapackage', '--out', 'dir', '--as-of', first])
      expect(code).toBe(0)
      const descriptor = JSON.parse(io.written.get('dir/datapackage.json') ?? '{}') as { sources?: unknown[] }
      expect(descriptor.sources?.length).toBeGreaterThan(0)
      const cube = JSON.parse(io.written.get('dir/jsonstat/observations.json') ?? '{}') as { size?: number[] }
      expect(cube.size?.every((size) => size > 0)).toBe(true)
    })
  })
  // REPORT6 §13: the README says output is UTF-8 whatever the locale's charset; the CLI never transcodes.
  it.each(['zh_CN.GB18030', 'zh_HK.Big5'])('writes the same Chinese text under LANG=%s as under zh_CN.UTF-8', async (locale) => {
    for (const argv of [['show', 'gdp-2023'], ['show', 'no-such-id']]) {
      const [other, utf8] = [await cli(argv, { env: { LANG: locale } }), await cli(argv, { env: { LANG: 'zh_CN.UTF-8' } })]
      expect([other.code, other.stdout, other.stderr]).toEqual([utf8.code, utf8.stdout, utf8.stderr])
      expect(other.stdout + other.stderr).toMatch(/[\u4e00-\u9fff]/)
    }
  })
  it('takes today from --as-of', async () => {
    expect((await cli(['--as-of', '2024-12-01'], { now: () => new Date('2025-06-01T04:00:00Z') })).stdout).toMatch(/2024-12-31 +pending +30$/m)
  })
  it('writes the files a command asks for, then its notes on stderr', async () => {
    const { code, io, stderr } = await cli(['export', '--format', 'jsonstat', '--out', 'dir'])
    expect(code).toBe(0)
    expect([...io.written.keys()]).toEqual(['dir/jsonstat/observations.json'])
    expect(stderr).toBe('wrote 1 file to dir\n')
  })
  it('fails with exit 1 when a file cannot be written', async () => {
    const { code, stderr } = await cli(['export', '--format', 'jsonstat', '--out', 'dir'], {
      writeFile: () => {
        throw new Error('EACCES: permission denied')
      },
    })
    expect(code).toBe(1)
    expect(stderr).toBe('cdht-data: cannot write dir/jsonstat/observations.json: EACCES: permission denied\n')
  })
  it('reports a usage error in one line with exit 2', async () => {
    const { code, stdout, stderr } = await cli(['sumary'])
    expect([code, stdout, stderr]).toEqual([2, '', 'cdht-data: unknown command "sumary" (did you mean summary?)\n'])
  })
  it('reports an unknown id with exit 1, in the language asked, or as JSON', async () => {
    expect(await cli(['show', 'gpd', '--lang', 'zh'])).toMatchObject({ code: 1, stderr: 'cdht-data: 没有 id 为“gpd”的记录（是不是要输入 gdp？）\n' })
    const { code, stderr } = await cli(['show', 'gpd', '--json'])
    expect(code).toBe(1)
    expect(JSON.parse(stderr)).toEqual({ error: { code: 'UNKNOWN_ID', message: 'no record has the id "gpd"', suggestions: ['gdp'], exitCode: 1 } })
  })
  it('never shows a stack trace, even for an unexpected error', async () => {
    const { code, stderr } = await cli(['--version'], {
      packageVersion: () => {
        throw new TypeError('boom')
      },
    })
    expect([code, stderr]).toEqual([1, 'cdht-data: internal error: boom\n'])
  })
  it('colours only a terminal, and never with NO_COLOR', async () => {
    expect((await cli([])).stdout).not.toContain(ESC)
    expect((await cli([], { stdoutTTY: true })).stdout).toContain(`${ESC}1m`)
    expect((await cli([], { stdoutTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC)
    expect((await cli(['--json'], { stdoutTTY: true })).stdout).not.toContain(ESC)
    expect((await cli(['sumary'], { stderrTTY: true })).stderr).toBe(`${ESC}31mcdht-data: unknown command "sumary" (did you mean summary?)${ESC}39m\n`)
    expect((await cli(['sumary'], { stderrTTY: true, env: { NO_COLOR: 'yes' } })).stderr).not.toContain(ESC)
  })
  it('colours with FORCE_COLOR even when NO_COLOR is set, as the help says; FORCE_COLOR=0 turns it off', async () => {
    const both = { FORCE_COLOR: '1', NO_COLOR: '1' }
    expect((await cli(['show', 'gdp-2023'], { env: both })).stdout).toContain(`${ESC}1m`)
    expect((await cli(['sumary'], { env: both })).stderr).toContain(`${ESC}31m`)
    expect((await cli(['show', 'gdp-2023'], { stdoutTTY: true, env: { FORCE_COLOR: '0' } })).stdout).not.toContain(ESC)
    const help = (await cli(['--help'], { env: { LANG: 'en_US.UTF-8' } })).stdout.replace(/\s+/g, ' ')
    expect(help).toContain('not with NO_COLOR set; FORCE_COLOR comes first: set, it colours even with NO_COLOR (FORCE_COLOR=0: no colour)')
    expect(help).not.toMatch(/never with NO_COLOR/)
    const zh = (await cli(['--help', '--lang', 'zh'])).stdout.replace(/\s+/g, '')
    expect(zh).toContain('FORCE_COLOR优先：设置后总着色（即使设置了NO_COLOR）')
  })
  it('uses the terminal’s width on a terminal, 80 columns otherwise', async () => {
    const widest = (text: string): number => Math.max(...text.split('\n').map((line) => line.length))
    expect(widest((await cli(['list', 'observations'], { stdoutTTY: true, env: { NO_COLOR: '1' } })).stdout)).toBeGreaterThan(80)
    expect(widest((await cli(['list', 'observations'])).stdout)).toBeLessThanOrEqual(80)
  })
})

describe('failureLine', () => {
  it('lists several suggestions', () => {
    expect(failureLine(failure('X', 'no zone has the id "bonded"', ['bonded-zone', 'cdht-or-bonded-zone']), 'en', false)).toBe(
      'cdht-data: no zone has the id "bonded" (did you mean bonded-zone, cdht-or-bonded-zone?)\n',
    )
  })
  it('gives the exit code in JSON', () => {
    expect(JSON.parse(failureLine(usageError('X', 'm'), 'en', true))).toEqual({ error: { code: 'X', message: 'm', suggestions: [], exitCode: 2 } })
  })
})
