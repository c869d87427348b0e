import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

// The release check end to end, in a scratch git repository: no tag yet, then a tag v1.0.0 and
// data changes with changesets that do or do not cover them.
const root = resolve(import.meta.dirname, '../..')
const tsx = join(root, 'node_modules/.bin/tsx')
const script = join(root, 'scripts/data-diff.ts')
let repo: string

const write = (path: string, value: unknown): void => {
  mkdirSync(join(repo, path, '..'), { recursive: true })
  writeFileSync(join(repo, path), typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`)
}
const git = (...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd: repo,
    encoding: 'utf8',
  })
const run = (...args: string[]): { status: number | null; output: string } => {
  const result = spawnSync(tsx, [script, '--root', repo, ...args], { encoding: 'utf8' })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}
const observation = (id: string, period: string): Record<string, unknown> => ({ id, indicator: 'gdp', period, value: 1, unit: 'CNY', multiplier: 8 })
const changeset = (bump: string): void => {
  write('.changeset/change.md', `---\n"cdht-data": ${bump}\n---\n\nA change.\n`)
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'data-diff-'))
  write('package.json', { name: 'cdht-data', version: '1.0.0' })
  write('data/indicators.json', [{ id: 'gdp', unit: 'CNY' }])
  write('data/observations.json', [observation('gdp-2022', '2022'), observation('gdp-2023', '2023')])
  write('data/errata.json', [])
  write('data/manifest.json', { version: '1.0.0' })
  mkdirSync(join(repo, '.changeset'))
  git('init', '--quiet')
  git('add', '.')
  git('commit', '--quiet', '-m', 'data')
}, 30_000)

// Each case runs the script (tsx start-up included) up to three times: seconds each on a loaded 2-core machine.
describe('scripts/data-diff.ts', { timeout: 30_000 }, () => {
  it('passes with a clear message before the first release (no v* tag)', () => {
    const { status, output } = run('--check')
    expect(status).toBe(0)
    expect(output).toContain('No release yet: no git tag v*')
  })

  it('fails a removed id declared only as minor, and passes it as major', () => {
    git('tag', 'v1.0.0')
    write('data/observations.json', [observation('gdp-2023', '2023')])
    changeset('minor')
    const minor = run('--check')
    expect(minor.status).toBe(1)
    expect(minor.output).toContain('need a major release, but the pending changesets declare minor')
    changeset('major')
    expect(run('--check').status).toBe(0)
  })

  it('counts the version step of a release commit, whose changesets are consumed', () => {
    rmSync(join(repo, '.changeset/change.md'))
    expect(run('--check').status).toBe(1)
    write('package.json', { name: 'cdht-data', version: '2.0.0' })
    expect(run('--check').status).toBe(0)
    write('package.json', { name: 'cdht-data', version: '1.1.0' })
    expect(run('--check').status).toBe(1)
    write('package.json', { name: 'cdht-data', version: '1.0.0' })
  })

  it('passes a new vintage declared as minor', () => {
    write('data/observations.json', [observation('gdp-2022', '2022'), observation('gdp-2023', '2023'), { ...observation('gdp-2023-r1', '2023'), supersedes: 'gdp-2023' }])
    changeset('minor')
    const { status, output } = run('--check')
    expect(output).toContain('minor: observations: 1 new vintage(s)')
    expect(status).toBe(0)
  })

  it('writes the diff summary into a changeset with the bump it needs', () => {
    rmSync(join(repo, '.changeset/change.md'))
    expect(run('--changeset').status).toBe(0)
    expect(readFileSync(join(repo, '.changeset/data-diff.md'), 'utf8')).toBe(
      '---\n"cdht-data": minor\n---\n\nData changes since v1.0.0:\n\n- **observations**: 1 new vintage(s)\n  - new vintage: `gdp-2023-r1` revises `gdp-2023`\n',
    )
    expect(run('--check').status).toBe(0)
  })

  it('diffs against an installed older package’s data folder', () => {
    const installed = join(repo, 'node_modules/cdht-data')
    cpSync(join(repo, 'data'), join(installed, 'data'), { recursive: true })
    write('node_modules/cdht-data/package.json', { name: 'cdht-data', version: '0.9.0' })
    write('node_modules/cdht-data/data/observations.json', [observation('gdp-2022', '2022')])
    const { status, output } = run(installed)
    expect(status).toBe(0)
    expect(output).toContain('Data changes since')
    expect(output).toContain('added: `gdp-2023`')
    expect(output).toContain('Needs a minor release')
  })

  it('prints the diff as JSON on request', () => {
    const { output } = run('v1.0.0', '--json')
    expect(JSON.parse(output)).toMatchObject({ baseline: 'v1.0.0', bump: 'minor' })
  })
})
