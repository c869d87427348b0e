import { describe, expect, it } from 'vitest'
import { defaultLang, isIsoDate, outputPreferences, parseCommandLine } from '../../src/cli/args.js'
import { CliFailure } from '../../src/cli/failure.js'

const env = { LANG: 'en_US.UTF-8' }
const parse = (...argv: string[]): ReturnType<typeof parseCommandLine> => parseCommandLine(argv, env)

function failureOf(argv: readonly string[]): CliFailure {
  try {
    parseCommandLine(argv, env)
  } catch (error) {
    if (error instanceof CliFailure) return error
    throw error
  }
  throw new Error(`parsed without error: ${argv.join(' ')}`)
}

describe('defaultLang', () => {
  it.each([
    [{ LANG: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'zh_TW.UTF-8' }, 'zh'],
    [{ LANG: 'zh_CN.GB18030' }, 'zh'], // the language, not the charset: output stays UTF-8
    [{ LANG: 'zh_HK.Big5' }, 'zh'],
    [{ LANG: 'en_GB.UTF-8' }, 'en'],
    [{ LANG: 'C' }, 'en'],
    [{}, 'en'],
    [{ LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, 'zh'], // LC_ALL overrides LANG
    [{ LC_ALL: '', LC_MESSAGES: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }, 'en'], // empty means unset
    [{ LANGUAGE: 'zh_CN:en', LANG: 'en_US.UTF-8' }, 'zh'], // LANGUAGE before LANG, its first entry
    [{ LANGUAGE: 'en:zh_CN', LANG: 'zh_CN.UTF-8' }, 'en'],
    [{ LANGUAGE: ':zh', LANG: 'C' }, 'zh'], // empty entries skipped
    [{ LC_ALL: 'en_US.UTF-8', LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8' }, 'en'], // LC_ALL over LANGUAGE
    [{ LC_ALL: 'zh_CN.UTF-8', LANGUAGE: 'en' }, 'zh'],
    [{ LANGUAGE: '', LANG: 'zh_CN.UTF-8' }, 'zh'],
  ] as const)('%j is %s', (environment, lang) => {
    expect(defaultLang(environment)).toBe(lang)
  })
})

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
    ['20240101', false],
    ['2024-12-31', true],
  ])('%s → %s', (value, valid) => {
    expect(isIsoDate(value)).toBe(valid)
  })
})

describe('parseCommandLine: commands', () => {
  it('runs summary when no command is given', () => {
    expect(parse()).toEqual({ action: 'run', command: 'summary', args: [], options: { bom: false }, global: { lang: 'en', json: false } })
  })
  it('reads global options before or after the command', () => {
    const before = parse('--lang', 'zh', '--json', '--as-of', '2024-03-01', 'list', 'zones')
    const after = parse('list', 'zones', '--lang=zh', '--json', '--as-of=2024-03-01')
    expect(before).toEqual(after)
    expect(before).toMatchObject({ command: 'list', args: ['zones'], global: { lang: 'zh', json: true, asOf: '2024-03-01' } })
  })
  it('takes the language from the environment unless --lang says otherwise', () => {
    expect(parseCommandLine([], { LANG: 'zh_CN.UTF-8' }).global.lang).toBe('zh')
    expect(parseCommandLine(['--lang', 'en'], { LANG: 'zh_CN.UTF-8' }).global.lang).toBe('en')
  })
  it('gives --version precedence over everything', () => {
    expect(parse('--version').action).toBe('version')
    expect(parse('-v').action).toBe('version')
    expect(parse('nonsense', '--bogus', '--version').action).toBe('version')
  })
  it('gives help for the tool, a command, and the help command', () => {
    expect(parse('--help')).toEqual({ action: 'help', global: { lang: 'en', json: false } })
    expect(parse('-h', 'list')).toMatchObject({ action: 'help', command: 'list' })
    expect(parse('gap', '--help', '--bogus')).toMatchObject({ action: 'help', command: 'gap' })
    expect(parse('help', 'export')).toMatchObject({ action: 'help', command: 'export' })
    expect(parse('help')).toEqual({ action: 'help', global: { lang: 'en', json: false } })
  })
  it('converts command options', () => {
    expect(parse('gap', 't', '--actual', '-2.5', '--on', '2024-06-30')).toMatchObject({ options: { actual: -2.5, on: '2024-06-30' } })
    expect(parse('export', '--format', 'csv', '--bom', '--out', 'dir')).toMatchObject({ options: { format: 'csv', bom: true, out: 'dir' } })
    expect(parse('list', 'indicators', '--category', 'economy', '--period', '2023', '--zone', 'cdht')).toMatchObject({
      options: { category: 'economy', period: '2023', zone: 'cdht' },
    })
  })
  it('treats everything after -- as arguments', () => {
    expect(parse('show', '--', '--json')).toMatchObject({ command: 'show', args: ['--json'], global: { json: false } })
  })
})

describe('parseCommandLine: --actual in decimal notation', () => {
  it.each([
    ['1500', 1500],
    ['-2.5', -2.5],
    ['6.0', 6],
    // 15 significant digits, and trailing zeros that only scale, are held exactly.
    ['123456789012345', 123456789012345],
    ['100000000000000000000', 1e20],
    ['0.00000000000000000001', 1e-20],
  ])('reads %s as %d', (text, value) => {
    const invocation = parse('gap', 't', '--actual', text)
    expect(invocation.action === 'run' && invocation.options.actual).toBe(value)
  })
})

describe('parseCommandLine: usage errors', () => {
  it.each([
    [['sumary'], 'UNKNOWN_COMMAND', 'unknown command "sumary"', ['summary']],
    [['help', 'gpa'], 'UNKNOWN_COMMAND', 'unknown command "gpa"', ['gap']],
    [['list', 'zones', '--perod', '2023'], 'UNKNOWN_OPTION', 'unknown option --perod', ['--period']],
    [['list', 'zones', '-x'], 'UNKNOWN_OPTION', 'unknown option -x', []],
    [['list', 'zones', '--bom'], 'UNKNOWN_OPTION', '--bom does not apply to list', []],
    [['list'], 'MISSING_ARGUMENT', 'list needs <collection>', []],
    [['list', 'indicator'], 'INVALID_VALUE', '<collection> cannot be "indicator"', ['indicators']],
    [['show', 'a', 'b'], 'UNEXPECTED_ARGUMENT', 'unexpected argument "b"', []],
    [['summary', 'extra'], 'UNEXPECTED_ARGUMENT', 'unexpected argument "extra"', []],
    [['--lang', 'fr'], 'INVALID_VALUE', '--lang cannot be "fr"', []],
    [['--lang', 'ZH'], 'INVALID_VALUE', '--lang cannot be "ZH"', ['zh']],
    [['--lang'], 'MISSING_VALUE', '--lang needs a value', []],
    [['export', '--out', '--bom'], 'MISSING_VALUE', '--out needs a value', []],
    [['--json=yes'], 'INVALID_VALUE', '--json takes no value', []],
    [['--as-of', '2024-02-30'], 'INVALID_VALUE', '--as-of must be a date YYYY-MM-DD', []],
    [['gap', 't', '--actual', 'abc'], 'INVALID_VALUE', '--actual must be a decimal number', []],
    [['gap', 't', '--actual='], 'INVALID_VALUE', '--actual must be a decimal number', []],
    [['gap', 't', '--actual', '0x10'], 'INVALID_VALUE', '--actual must be a decimal number', []],
    [['gap', 't', '--actual', '0b101'], 'INVALID_VALUE', '--actual must be a decimal number', []],
    [['gap', 't', '--actual', '0o17'], 'INVALID_VALUE', '--actual must be a decimal number', []],
    [['gap', 't', '--actual', '1e3'], 'INVALID_VALUE', '--actual must be a decimal number', []],
    [['gap', 't', '--actual', '99999999999999999999999'], 'INVALID_VALUE', '--actual takes at most 15 significant digits', []],
    [['gap', 't', '--actual', '2800.1234567890123'], 'INVALID_VALUE', '--actual takes at most 15 significant digits', []],
    [['gap', 't', '--actual', '0.000000000000000000001'], 'INVALID_VALUE', '--actual takes at most 20 decimals', []],
    [['gap', 't', '--actual', ' 15'], 'INVALID_VALUE', '--actual must be a decimal number', []],
    [['gap', 't', '--actual', 'Infinity'], 'INVALID_VALUE', '--actual must be a decimal number', []],
    [['gap', 't', '--actual', '1_000'], 'INVALID_VALUE', '--actual must be a decimal number', []],
    [['--lnag', 'en'], 'UNKNOWN_OPTION', 'unknown option --lnag', ['--lang']],
    [['summary', '--lnag', 'en'], 'UNKNOWN_OPTION', 'unknown option --lnag', ['--lang']],
    [['show', 'gdp', '--jsno'], 'UNKNOWN_OPTION', 'unknown option --jsno', ['--json']],
    [['gap', 't', '--on', 'tomorrow'], 'INVALID_VALUE', '--on must be a date', []],
    [['list', 'indicators', '--category', 'econ'], 'INVALID_VALUE', '--category cannot be "econ"', ['economy']],
    [['export'], 'MISSING_OPTION', 'export needs --format', []],
    [['export', '--format', 'cvs'], 'INVALID_VALUE', '--format cannot be "cvs"', ['csv']],
    [['export', '--format', 'json', '--bom'], 'INVALID_OPTION', '--bom applies to --format csv only', []],
    [['gap', 't', '--actual', '2500', '--actual', '2700'], 'REPEATED_OPTION', '--actual is given more than once', []],
    [['gap', 't', '--on', '2021-06-30', '--on=2024-01-01'], 'REPEATED_OPTION', '--on is given more than once', []],
    [['show', 'gdp-2023', '--as-of', '2023-01-01', '--as-of', '2023-01-01'], 'REPEATED_OPTION', '--as-of is given more than once', []],
    [['list', 'observations', '--period', '2023', '--period', '2022'], 'REPEATED_OPTION', '--period is given more than once', []],
    [['--lang', 'zh', '--lang', 'en'], 'REPEATED_OPTION', '--lang is given more than once', []],
    [['--lang', 'en', '--lang', 'zh'], 'REPEATED_OPTION', '--lang is given more than once', []],
    [['gap', 't', '--actual', '-Infinity'], 'INVALID_VALUE', '--actual must be a decimal number', []],
    [['gap', 't', '--actual', '-NaN'], 'INVALID_VALUE', '--actual must be a decimal number', []],
    [['list', 'targets', '--zone', '-h'], 'MISSING_VALUE', '--zone needs a value', []],
  ] as const)('%j: %s', (argv, code, message, suggestions) => {
    const problem = failureOf(argv)
    expect(problem.kind).toBe('usage')
    expect(problem.code).toBe(code)
    expect(problem.message).toContain(message)
    expect(problem.suggestions).toEqual(suggestions)
  })

  it('speaks the language asked for', () => {
    expect(failureOf(['sumary', '--lang', 'zh']).message).toBe('未知命令“sumary”')
    expect(parseCommandLine.bind(null, ['list'], { LANG: 'zh_CN.UTF-8' })).toThrow('list 需要参数 <集合>')
  })
})

describe('outputPreferences', () => {
  it('reads --lang and --json even from a command line that does not parse', () => {
    expect(outputPreferences(['nonsense', '--json', '--lang', 'zh', '--bogus'], env)).toEqual({ lang: 'zh', json: true })
  })
  it('falls back to the environment for a bad --lang', () => {
    expect(outputPreferences(['--lang', 'fr'], { LANG: 'zh_CN' })).toEqual({ lang: 'zh', json: false })
  })
})
