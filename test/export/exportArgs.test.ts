import { describe, expect, it } from 'vitest'
import { parseCommandLine } from '../../src/cli/args.js'
import { CliFailure } from '../../src/cli/failure.js'

const env = { LANG: 'en_US.UTF-8' }
const usage = (argv: string[]): CliFailure => {
  try {
    parseCommandLine(argv, env)
  } catch (error) {
    if (error instanceof CliFailure) return error
    throw error
  }
  throw new Error('no failure')
}

describe('export on the command line', () => {
  it('takes one collection, --force with --out', () => {
    expect(parseCommandLine(['export', 'observations', '--format', 'csv'], env)).toMatchObject({ args: ['observations'], options: { format: 'csv' } })
    expect(parseCommandLine(['export', '--format', 'csv', '--out', 'x', '--force'], env)).toMatchObject({ options: { out: 'x', force: true } })
  })
  it.each([
    [['export', '--format', 'csv', '--out', ''], 'INVALID_VALUE', '--out needs a folder name, got an empty string'],
    [['export', '--format', 'csv', '--out', '  '], 'INVALID_VALUE', '--out needs a folder name, got an empty string'],
    [['export', '--format', 'csv', '--force'], 'INVALID_OPTION', '--force applies to --out DIR only'],
  ])('refuses %j as a usage error', (argv, code, message) => {
    expect(usage(argv)).toMatchObject({ kind: 'usage', code, message })
  })
  it('refuses an unknown collection, suggesting the nearest', () => {
    expect(usage(['export', 'observation', '--format', 'csv'])).toMatchObject({ kind: 'usage', suggestions: ['observations'] })
  })
  it('says it in Chinese too', () => {
    expect(usage(['export', '--format', 'csv', '--out', '', '--lang', 'zh']).message).toBe('--out 需要一个目录名，收到空字符串')
  })
})
