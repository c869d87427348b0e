// What the command line accepts: commands, their arguments and options, with the help text of
// each in both languages. args.ts parses against it and help.ts prints it, so a new option is
// declared once. It loads no data: --help and --version stay fast.
import type { Category } from '../types.js'

/** The language of the output. */
export type Lang = 'zh' | 'en'

/** A text in both languages. */
export interface Text {
  readonly zh: string
  readonly en: string
}

/** An option of the command line. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean'
  readonly short?: string
  /** Placeholder of the value in help (`DATE`). */
  readonly value?: string
  readonly help: Text
}

export const GLOBAL_OPTIONS = {
  lang: { type: 'string', value: 'zh|en', help: { zh: '输出语言（默认取自环境变量 LC_ALL、LC_MESSAGES、LANGUAGE 或 LANG）', en: 'language of the output (default: from LC_ALL, LC_MESSAGES, LANGUAGE or LANG)' } },
  json: { type: 'boolean', help: { zh: '输出 JSON，便于程序读取', en: 'machine-readable JSON output' } },
  'as-of': {
    type: 'string',
    value: 'DATE',
    help: { zh: '只用该日已发布的数据，并以该日为“今天”', en: 'use only data published by DATE, and take DATE as today' },
  },
  help: { type: 'boolean', short: 'h', help: { zh: '显示帮助', en: 'show help' } },
  version: { type: 'boolean', short: 'v', help: { zh: '显示软件包与数据集版本', en: 'show the package and dataset versions' } },
} as const satisfies Record<string, OptionSpec>

export const COMMAND_OPTIONS = {
  period: {
    type: 'string',
    value: 'PERIOD',
    help: { zh: '期间：2023、2021-01/2021-09 或 2024-06-30（含落在其内的期间）', en: 'period: 2023, 2021-01/2021-09 or 2024-06-30 (and periods within it)' },
  },
  zone: { type: 'string', value: 'ZONE', help: { zh: '区域 id（如 cdht）', en: 'zone id (e.g. cdht)' } },
  category: { type: 'string', value: 'CATEGORY', help: { zh: '指标类别（economy、finance…）', en: 'indicator category (economy, finance…)' } },
  actual: { type: 'string', value: 'N', help: { zh: '实际值（目标的单位），代替数据集中的数值；期限前为迄今的数值', en: "actual value in the target's unit, instead of the dataset's; before the deadline, the value so far" } },
  on: { type: 'string', value: 'DATE', help: { zh: '评估日期：只用当日已发布的数字（默认今天或 --as-of）', en: 'assess as known on DATE: only figures published by then (default: today or --as-of)' } },
  format: { type: 'string', value: 'FORMAT', help: { zh: 'json、ndjson、csv、datapackage 或 jsonstat', en: 'json, ndjson, csv, datapackage or jsonstat' } },
  out: { type: 'string', value: 'DIR', help: { zh: '写入的目录，每种格式一个子目录（不给则写到标准输出）', en: 'directory to write to, a folder per format in it (default: standard output)' } },
  bom: { type: 'boolean', help: { zh: 'CSV 加 UTF-8 BOM（供 Excel 打开）', en: 'CSV with a UTF-8 byte order mark (for Excel)' } },
  force: { type: 'boolean', help: { zh: '替换 --out 目录中已有的文件（从不经由符号链接写入）', en: 'replace files that exist in the --out folder (never through a symbolic link)' } },
} as const satisfies Record<string, OptionSpec>

export type GlobalOptionName = keyof typeof GLOBAL_OPTIONS
export type CommandOptionName = keyof typeof COMMAND_OPTIONS

/** The collections `list` shows. */
export const LIST_COLLECTIONS = ['indicators', 'observations', 'targets', 'zones', 'industries', 'chains', 'parks', 'projects', 'plan', 'facts', 'breaks', 'sources'] as const
export type ListCollection = (typeof LIST_COLLECTIONS)[number]

/** The collections `export` writes one of to stdout (`export observations --format csv`). */
export const EXPORT_COLLECTIONS = ['sources', 'indicators', 'observations', 'targets', 'zones', 'industries', 'chains', 'parks', 'projects', 'plan', 'facts', 'breaks', 'errata'] as const
export type ExportCollection = (typeof EXPORT_COLLECTIONS)[number]

/** The formats `export` writes. */
export const EXPORT_FORMATS = ['json', 'ndjson', 'csv', 'datapackage', 'jsonstat'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

// A record over Category fails to compile when types.ts gains or drops a category.
const categoryNames: Readonly<Record<Category, true>> = {
  economy: true,
  industry: true,
  innovation: true,
  finance: true,
  enterprises: true,
  talent: true,
  livelihood: true,
  trade: true,
  governance: true,
}
/** Every indicator category, for validating --category before any data loads. */
export const CATEGORIES = Object.keys(categoryNames) as readonly Category[]

/** A positional argument of a command. */
export interface ArgumentSpec {
  readonly name: string
  /** The placeholder in help and messages, `<collection>` / `<集合>`. */
  readonly label: Text
  readonly required: boolean
  /** Values it may take, when they are fixed (checked before any data loads). */
  readonly choices?: readonly string[]
}

/** A command: its arguments, options, one-line description and examples. */
export interface CommandSpec {
  readonly args: readonly ArgumentSpec[]
  readonly options: readonly CommandOptionName[]
  readonly summary: Text
  readonly examples: readonly string[]
}

export const COMMANDS = {
  summary: {
    args: [],
    options: [],
    summary: { zh: '概览：最近一年的主要指标及增长、次年目标、重点片区与产业链', en: "overview: the latest year's headline indicators with growth, the next year's targets, key zones and chains" },
    examples: ['cdht-data', 'cdht-data summary --lang en'],
  },
  list: {
    args: [{ name: 'collection', label: { zh: '集合', en: 'collection' }, required: true, choices: LIST_COLLECTIONS }],
    options: ['period', 'zone', 'category'],
    summary: { zh: `列出记录：${LIST_COLLECTIONS.join('、')}`, en: `list records: ${LIST_COLLECTIONS.join(', ')}` },
    examples: ['cdht-data list indicators --category economy', 'cdht-data list observations --period 2023 --zone cdht'],
  },
  show: {
    args: [{ name: 'id', label: { zh: 'id', en: 'id' }, required: true }],
    options: [],
    summary: { zh: '显示一条记录：数值、单位、界限、期间、来源与原文', en: 'one record: value, unit, bound, period, source and passage' },
    examples: ['cdht-data show gdp', 'cdht-data show gdp-2023 --json'],
  },
  growth: {
    args: [{ name: 'indicator', label: { zh: '指标', en: 'indicator' }, required: true }],
    options: ['zone'],
    summary: { zh: '指标的时间序列与同比增速（注明口径）', en: 'the series of an indicator with year-on-year rates, basis stated' },
    examples: ['cdht-data growth gdp'],
  },
  gap: {
    args: [{ name: 'target', label: { zh: '目标', en: 'target' }, required: true }],
    options: ['actual', 'on'],
    summary: { zh: '目标结果：是否达成、差距、依据、剩余天数、节奏', en: 'what became of a target: outcome, gap, evidence, days left, pace' },
    examples: ['cdht-data gap gdp-target-2021', 'cdht-data gap bio-industry-scale-bio-town-2024 --actual 1500 --on 2024-09-30'],
  },
  export: {
    args: [{ name: 'collection', label: { zh: '集合', en: 'collection' }, required: false, choices: EXPORT_COLLECTIONS }],
    options: ['format', 'out', 'bom', 'force'],
    summary: { zh: '导出数据文件，或把一个集合写到标准输出', en: 'export the data files, or one collection to standard output' },
    examples: ['cdht-data export observations --format csv > observations.csv', 'cdht-data export --format jsonstat > observations.json', 'cdht-data export --format csv --bom --out ./export'],
  },
  help: {
    args: [{ name: 'command', label: { zh: '命令', en: 'command' }, required: false }],
    options: [],
    summary: { zh: '显示某个命令的帮助', en: 'help on a command' },
    examples: ['cdht-data help gap'],
  },
} as const satisfies Record<string, CommandSpec>

export type CommandName = keyof typeof COMMANDS
/** The commands that run a module of src/cli/commands. */
export type DataCommandName = Exclude<CommandName, 'help'>
