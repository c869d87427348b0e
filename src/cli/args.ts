import { parseArgs } from 'node:util'
import type { Category } from '../types.js'
import { usageError } from './failure.js'
import { CATEGORIES, COMMAND_OPTIONS, COMMANDS, EXPORT_FORMATS, GLOBAL_OPTIONS } from './spec.js'
import { MAX_DECIMALS } from '../_internal/figureRules.js'
import type { CommandName, CommandOptionName, DataCommandName, ExportFormat, Lang, Text } from './spec.js'
import { suggest } from './suggest.js'

/** Options every command takes. */
export interface GlobalOptions {
  readonly lang: Lang
  readonly json: boolean
  /** `YYYY-MM-DD`: only data published by then, and the date taken as today. */
  readonly asOf?: string
}

/** The options of the command being run, checked and converted. */
export interface CommandOptions {
  readonly period?: string
  readonly zone?: string
  readonly category?: Category
  readonly actual?: number
  readonly on?: string
  readonly format?: ExportFormat
  readonly out?: string
  readonly bom: boolean
  /** `export --out`: replace existing files. */
  readonly force?: boolean
}

/** What the command line asks for. */
export type Invocation =
  | { readonly action: 'version'; readonly global: GlobalOptions }
  | { readonly action: 'help'; readonly command?: CommandName; readonly global: GlobalOptions }
  | {
      readonly action: 'run'
      readonly command: DataCommandName
      readonly args: readonly string[]
      readonly options: CommandOptions
      readonly global: GlobalOptions
    }

type Environment = Readonly<Record<string, string | undefined>>
type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number]
type OptionToken = Extract<Token, { kind: 'option' }>

const ALL_OPTIONS: Readonly<Record<string, { type: 'string' | 'boolean'; short?: string }>> = { ...GLOBAL_OPTIONS, ...COMMAND_OPTIONS }
const LANGS: readonly Lang[] = ['zh', 'en']
const DECIMAL = /^-?\d+(\.\d+)?$/

/**
 * The language when --lang is not given: Chinese when the first of LC_ALL, LC_MESSAGES, LANGUAGE
 * (its first entry: `zh_CN:en` is Chinese) and LANG that is set names a Chinese locale, English
 * otherwise. LC_ALL overrides everything, as POSIX says; LANGUAGE, GNU's list of preferred
 * languages, comes before LANG.
 *
 * @example
 * ```ts
 * defaultLang({ LANG: 'zh_CN.UTF-8' }) //=> 'zh'
 * defaultLang({ LANGUAGE: 'zh_TW:en', LANG: 'en_US.UTF-8' }) //=> 'zh'
 * defaultLang({ LC_ALL: 'en_US.UTF-8', LANGUAGE: 'zh_CN' }) //=> 'en'
 * ```
 */
export function defaultLang(env: Environment): Lang {
  const language = env.LANGUAGE?.split(':').find((entry) => entry !== '')
  const locale = [env.LC_ALL, env.LC_MESSAGES, language, env.LANG].find((value) => value !== undefined && value !== '') ?? ''
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en'
}

function tokenize(argv: readonly string[]): Token[] {
  // Not strict: unknown options come back as tokens, so the error can name the nearest valid one.
  return parseArgs({ args: [...argv], options: ALL_OPTIONS, strict: false, allowPositionals: true, tokens: true }).tokens
}

function lastValue(tokens: readonly Token[], name: string): string | undefined {
  return tokens.filter((token): token is OptionToken => token.kind === 'option' && token.name === name).at(-1)?.value
}

/**
 * The language and output mode a command line asks for, read leniently: what main.ts uses to
 * report a command line that does not parse.
 */
export function outputPreferences(argv: readonly string[], env: Environment): { lang: Lang; json: boolean } {
  let tokens: Token[] = []
  try {
    tokens = tokenize(argv)
  } catch {
    // parseArgs refuses nothing when not strict; this only guards against a future change.
  }
  // Two --lang are a usage error, told in the environment's language rather than either guess.
  const given = tokens.filter((token) => token.kind === 'option' && token.name === 'lang')
  const lang = given.length === 1 ? lastValue(tokens, 'lang') : undefined
  return {
    lang: LANGS.find((known) => known === lang) ?? defaultLang(env),
    json: tokens.some((token) => token.kind === 'option' && token.name === 'json'),
  }
}

const text = (lang: Lang, message: Text): string => message[lang]
const isOneOf = <Value extends string>(values: readonly Value[], value: string): value is Value => (values as readonly string[]).includes(value)

/** Whether a text is a calendar date `YYYY-MM-DD` (2023-02-30 is not). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

function checkDate(lang: Lang, option: string, value: string): string {
  if (isIsoDate(value)) return value
  throw usageError('INVALID_VALUE', text(lang, { zh: `--${option} 须为日期 YYYY-MM-DD，收到“${value}”`, en: `--${option} must be a date YYYY-MM-DD, got "${value}"` }))
}

function checkChoice<Value extends string>(lang: Lang, what: string, choices: readonly Value[], value: string): Value {
  if (isOneOf(choices, value)) return value
  throw usageError(
    'INVALID_VALUE',
    text(lang, { zh: `${what} 不能是“${value}”（可选：${choices.join('、')}）`, en: `${what} cannot be "${value}" (one of: ${choices.join(', ')})` }),
    suggest(value, choices),
  )
}

// An option no command has, reported before anything else: its value would otherwise be read as
// the command or an argument (`--lnag en` is not the command "en").
function checkUnknownOptions(lang: Lang, tokens: readonly Token[]): void {
  const unknown = tokens.find((token): token is OptionToken => token.kind === 'option' && !(token.name in ALL_OPTIONS))
  if (unknown === undefined) return
  const names = Object.keys(ALL_OPTIONS).map((name) => `--${name}`)
  throw usageError(
    'UNKNOWN_OPTION',
    text(lang, { zh: `未知选项 ${unknown.rawName}`, en: `unknown option ${unknown.rawName}` }),
    suggest(unknown.rawName.startsWith('--') ? unknown.rawName : `--${unknown.name}`, names),
  )
}

function checkOptionTokens(lang: Lang, command: CommandName, tokens: readonly Token[]): void {
  const allowed = new Set<string>([...Object.keys(GLOBAL_OPTIONS), ...COMMANDS[command].options])
  const given = new Set<string>()
  for (const token of tokens) {
    if (token.kind !== 'option') continue
    // Which of two values was meant is a guess (`--actual 2500 --actual 2700` met or missed the
    // target by the order): a value given twice is a usage error, as an extra argument is.
    if (ALL_OPTIONS[token.name]?.type === 'string' && given.has(token.name)) {
      throw usageError('REPEATED_OPTION', text(lang, { zh: `${token.rawName} 只能给一次`, en: `${token.rawName} is given more than once` }))
    }
    given.add(token.name)
    if (!allowed.has(token.name)) {
      const known = token.name in ALL_OPTIONS
      const names = [...allowed].map((name) => `--${name}`)
      throw usageError(
        'UNKNOWN_OPTION',
        known
          ? text(lang, { zh: `${command} 命令没有 ${token.rawName} 选项`, en: `${token.rawName} does not apply to ${command}` })
          : text(lang, { zh: `未知选项 ${token.rawName}`, en: `unknown option ${token.rawName}` }),
        known ? [] : suggest(token.rawName.startsWith('--') ? token.rawName : `--${token.name}`, names),
      )
    }
    const type = ALL_OPTIONS[token.name]?.type
    // A value that is another option (`--out --bom`, `--zone -h`) means the value was left out;
    // `-5` and `-Infinity` are values, to be judged as values.
    const missing = token.value === undefined || (!token.inlineValue && /^(--|-[a-zA-Z]$)/.test(token.value))
    if (type === 'string' && missing) {
      throw usageError('MISSING_VALUE', text(lang, { zh: `${token.rawName} 需要一个值`, en: `${token.rawName} needs a value` }))
    }
    if (type === 'boolean' && token.value !== undefined) {
      throw usageError('INVALID_VALUE', text(lang, { zh: `${token.rawName} 不带值`, en: `${token.rawName} takes no value` }))
    }
  }
}

function commandOf(lang: Lang, name: string | undefined): CommandName {
  if (name === undefined) return 'summary'
  const names = Object.keys(COMMANDS) as CommandName[]
  if (isOneOf(names, name)) return name
  throw usageError('UNKNOWN_COMMAND', text(lang, { zh: `未知命令“${name}”`, en: `unknown command "${name}"` }), suggest(name, names))
}

function checkPositionals(lang: Lang, command: CommandName, args: readonly string[]): void {
  const specs = COMMANDS[command].args
  const extra = args[specs.length]
  if (extra !== undefined) {
    throw usageError('UNEXPECTED_ARGUMENT', text(lang, { zh: `多余的参数“${extra}”`, en: `unexpected argument "${extra}"` }))
  }
  specs.forEach((spec, index) => {
    const value = args[index]
    if (value === undefined) {
      if (spec.required) {
        throw usageError('MISSING_ARGUMENT', text(lang, { zh: `${command} 需要参数 <${spec.label.zh}>`, en: `${command} needs <${spec.label.en}>` }))
      }
    } else if ('choices' in spec) checkChoice(lang, `<${spec.label[lang]}>`, spec.choices, value)
  })
}

function commandOptions(lang: Lang, command: CommandName, tokens: readonly Token[]): CommandOptions {
  const value = (name: CommandOptionName): string | undefined => lastValue(tokens, name)
  const period = value('period')
  const zone = value('zone')
  const category = value('category')
  const actual = value('actual')
  const on = value('on')
  const format = value('format')
  const out = value('out')
  const bom = tokens.some((token) => token.kind === 'option' && token.name === 'bom')
  const force = tokens.some((token) => token.kind === 'option' && token.name === 'force')
  // Decimal notation only: Number() would also read 0x10, 0b1, 1e3 and ' 5 ', none of which a
  // figure in a report is written as.
  const actualNumber = actual === undefined ? undefined : Number(actual)
  if (actual !== undefined && (!DECIMAL.test(actual) || !Number.isFinite(actualNumber))) {
    throw usageError('INVALID_VALUE', text(lang, { zh: `--actual 须为十进制数（如 1500 或 6.5），收到“${actual}”`, en: `--actual must be a decimal number (such as 1500 or 6.5), got "${actual}"` }))
  }
  // A number holds 15 significant digits exactly: more would be rounded without a word.
  if (actual !== undefined && actual.replace(/\D/g, '').replace(/^0+/, '').replace(/0+$/, '').length > 15) {
    throw usageError('INVALID_VALUE', text(lang, { zh: `--actual 至多 15 位有效数字，收到“${actual}”`, en: `--actual takes at most 15 significant digits, got "${actual}"` }))
  }
  // A figure has at most 20 decimals (the package's limit for `decimals`): more could not be printed.
  if (actual !== undefined && (actual.split('.')[1] ?? '').length > MAX_DECIMALS) {
    throw usageError('INVALID_VALUE', text(lang, { zh: `--actual 至多 ${MAX_DECIMALS} 位小数，收到“${actual}”`, en: `--actual takes at most ${MAX_DECIMALS} decimals, got "${actual}"` }))
  }
  if (command === 'export' && format === undefined) {
    throw usageError('MISSING_OPTION', text(lang, { zh: `export 需要 --format（${EXPORT_FORMATS.join('、')}）`, en: `export needs --format (${EXPORT_FORMATS.join(', ')})` }))
  }
  const checkedFormat = format === undefined ? undefined : checkChoice(lang, '--format', EXPORT_FORMATS, format)
  if (bom && checkedFormat !== 'csv') {
    throw usageError('INVALID_OPTION', text(lang, { zh: '--bom 只用于 --format csv', en: '--bom applies to --format csv only' }))
  }
  if (out?.trim() === '') {
    throw usageError('INVALID_VALUE', text(lang, { zh: '--out 需要一个目录名，收到空字符串', en: '--out needs a folder name, got an empty string' }))
  }
  if (force && out === undefined) {
    throw usageError('INVALID_OPTION', text(lang, { zh: '--force 只用于 --out DIR', en: '--force applies to --out DIR only' }))
  }
  return {
    bom,
    ...(force ? { force } : {}),
    ...(period === undefined ? {} : { period }),
    ...(zone === undefined ? {} : { zone }),
    ...(category === undefined ? {} : { category: checkChoice(lang, '--category', CATEGORIES, category) }),
    ...(actualNumber === undefined ? {} : { actual: actualNumber }),
    ...(on === undefined ? {} : { on: checkDate(lang, 'on', on) }),
    ...(checkedFormat === undefined ? {} : { format: checkedFormat }),
    ...(out === undefined ? {} : { out }),
  }
}

/**
 * What a command line asks for, every option and argument checked: a usage error (exit 2)
 * names the first problem and the nearest valid names. `--version` wins over everything, then
 * `--help`; no command is `summary`.
 *
 * @param argv - The arguments after the program name.
 * @param env - The environment (for the default language).
 * @throws {@link CliFailure} of kind `usage`.
 */
export function parseCommandLine(argv: readonly string[], env: Environment): Invocation {
  const tokens = tokenize(argv)
  const { lang: fallbackLang, json } = outputPreferences(argv, env)
  const has = (name: string): boolean => tokens.some((token) => token.kind === 'option' && token.name === name)
  const langValue = lastValue(tokens, 'lang')
  const asOfValue = lastValue(tokens, 'as-of')
  const partialGlobal: GlobalOptions = { lang: fallbackLang, json }
  if (has('version')) return { action: 'version', global: partialGlobal }

  const positionals = tokens.flatMap((token) => (token.kind === 'positional' ? [token.value] : []))
  if (!has('help')) checkUnknownOptions(fallbackLang, tokens)
  const command = commandOf(fallbackLang, positionals[0])
  if (has('help')) {
    // `cdht-data --help` is the tool's help, not that of the default command.
    return positionals[0] === undefined ? { action: 'help', global: partialGlobal } : { action: 'help', command, global: partialGlobal }
  }

  checkOptionTokens(fallbackLang, command, tokens)
  const global: GlobalOptions = {
    lang: langValue === undefined ? fallbackLang : checkChoice(fallbackLang, '--lang', LANGS, langValue),
    json,
    ...(asOfValue === undefined ? {} : { asOf: checkDate(fallbackLang, 'as-of', asOfValue) }),
  }
  const args = positionals.slice(1)
  checkPositionals(global.lang, command, args)
  if (command === 'help') {
    return args[0] === undefined ? { action: 'help', global } : { action: 'help', command: commandOf(global.lang, args[0]), global }
  }
  return { action: 'run', command, args, options: commandOptions(global.lang, command, tokens), global }
}
