import { displayWidth, padToWidth } from './displayWidth.js'
import { wrapToWidth } from './wrap.js'
import { COMMAND_OPTIONS, COMMANDS, GLOBAL_OPTIONS } from './spec.js'
import type { CommandName, Lang, OptionSpec } from './spec.js'

const headings = {
  zh: {
    title: 'cdht-data — 成都高新区统计数据（附来源与原文）',
    usage: '用法',
    synopsis: '[命令] [选项]',
    optionsSlot: '[选项]',
    commands: '命令',
    options: '选项',
    global: '通用选项',
    examples: '示例',
    more: '“cdht-data help <命令>”显示该命令的选项。',
    exit: '退出码：0 成功，1 失败，2 用法错误。仅在终端中着色，设置 NO_COLOR 则不着色；FORCE_COLOR 优先：设置后总着色（即使设置了 NO_COLOR），FORCE_COLOR=0 则不着色。行宽取自 COLUMNS，否则取终端宽度，否则 80。',
  },
  en: {
    title: 'cdht-data — Chengdu Hi-tech Zone (成都高新区) statistics, with their sources',
    usage: 'Usage',
    synopsis: '[command] [options]',
    optionsSlot: '[options]',
    commands: 'Commands',
    options: 'Options',
    global: 'Global options',
    examples: 'Examples',
    more: 'Run "cdht-data help <command>" for the options of a command.',
    exit: 'Exit codes: 0 success, 1 failure, 2 usage error.\nColour only on a terminal, and not with NO_COLOR set; FORCE_COLOR comes first:\nset, it colours even with NO_COLOR (FORCE_COLOR=0: no colour).\nLine width: COLUMNS, else the terminal\'s, else 80.',
  },
} as const

// Help reads best no wider than this, however wide the terminal.
const HELP_WIDTH = 80

// Names on the left, descriptions wrapped under each other on the right; on a narrow screen each
// description goes under its name.
function twoColumns(rows: readonly (readonly [string, string])[], lineWidth: number): string[] {
  const width = Math.max(...rows.map(([left]) => displayWidth(left)))
  if (lineWidth - width - 4 < 24) {
    return rows.flatMap(([left, right]) => [...wrapToWidth(`  ${left}`, lineWidth), ...wrapToWidth(right, lineWidth - 6).map((part) => `      ${part}`)])
  }
  return rows.flatMap(([left, right]) =>
    wrapToWidth(right, lineWidth - width - 4).map((part, index) => `  ${padToWidth(index === 0 ? left : '', width)}  ${part}`.trimEnd()),
  )
}

function optionRows(lang: Lang, options: readonly (readonly [string, OptionSpec])[]): [string, string][] {
  return options.map(([name, spec]) => {
    const short = spec.short === undefined ? '' : `-${spec.short}, `
    const value = spec.value === undefined ? '' : ` ${spec.value}`
    return [`${short}--${name}${value}`, spec.help[lang]]
  })
}

function synopsis(command: CommandName, lang: Lang): string {
  const args = COMMANDS[command].args.map((arg) => (arg.required ? ` <${arg.label[lang]}>` : ` [${arg.label[lang]}]`)).join('')
  return `cdht-data ${command}${args}`
}

/**
 * The help of the tool: what it is, its commands, the global options, exit codes and colour.
 *
 * @param lang - The language of the help.
 * @param width - The columns a line may take (at most 80 are used).
 * @returns The text, ending with a line break.
 */
export function toolHelp(lang: Lang, width: number = HELP_WIDTH): string {
  const text = headings[lang]
  const lineWidth = Math.min(width, HELP_WIDTH)
  const wrap = (line: string): string[] => wrapToWidth(line, lineWidth)
  const commands = (Object.keys(COMMANDS) as CommandName[]).map((name): [string, string] => [
    synopsis(name, lang).slice('cdht-data '.length),
    COMMANDS[name].summary[lang],
  ])
  return [
    ...wrap(text.title),
    '',
    ...wrap(`${text.usage}: cdht-data ${text.synopsis}`),
    '',
    `${text.commands}:`,
    ...twoColumns(commands, lineWidth),
    '',
    `${text.global}:`,
    ...twoColumns(optionRows(lang, Object.entries(GLOBAL_OPTIONS)), lineWidth),
    '',
    ...wrap(text.more),
    ...wrap(text.exit),
    '',
  ].join('\n')
}

/**
 * The help of one command: synopsis, what it does, its options, the global options, examples.
 *
 * @param command - The command.
 * @param lang - The language of the help.
 * @param width - The columns a line may take (at most 80 are used).
 * @returns The text, ending with a line break.
 */
export function commandHelp(command: CommandName, lang: Lang, width: number = HELP_WIDTH): string {
  const text = headings[lang]
  const lineWidth = Math.min(width, HELP_WIDTH)
  const wrap = (line: string): string[] => wrapToWidth(line, lineWidth)
  const spec = COMMANDS[command]
  const own = optionRows(lang, spec.options.map((name) => [name, COMMAND_OPTIONS[name]] as const))
  return [
    ...wrap(`${text.usage}: ${synopsis(command, lang)}${own.length > 0 ? ` ${text.optionsSlot}` : ''}`),
    '',
    ...wrap(spec.summary[lang]),
    ...(own.length > 0 ? ['', `${text.options}:`, ...twoColumns(own, lineWidth)] : []),
    '',
    `${text.global}:`,
    ...twoColumns(optionRows(lang, Object.entries(GLOBAL_OPTIONS)), lineWidth),
    '',
    `${text.examples}:`,
    ...spec.examples.flatMap((example) => wrap(`  ${example}`)),
    '',
  ].join('\n')
}
