import { describe, expect, it } from 'vitest'
import { displayWidth } from '../../src/cli/displayWidth.js'
import { commandHelp, toolHelp } from '../../src/cli/help.js'
import { COMMAND_OPTIONS, COMMANDS, GLOBAL_OPTIONS } from '../../src/cli/spec.js'
import type { CommandName, OptionSpec } from '../../src/cli/spec.js'

const commandNames = Object.keys(COMMANDS) as CommandName[]

describe('toolHelp', () => {
  it.each(['zh', 'en'] as const)('lists every command and global option (%s)', (lang) => {
    const text = toolHelp(lang)
    for (const name of commandNames) expect(text).toContain(`  ${name}`)
    for (const name of Object.keys(GLOBAL_OPTIONS)) expect(text).toContain(`--${name}`)
    expect(text).toContain('NO_COLOR')
  })
  it('aligns the descriptions by display width, also in Chinese', () => {
    const rows = toolHelp('zh')
      .split('\n')
      .filter((line) => /^ {2}(summary|list|show|growth|gap|export|help)\b/.test(line))
    // The description starts after the gap of two or more spaces that follows the synopsis.
    const starts = rows.map((line) => displayWidth(line.slice(0, line.search(/(?<=\S {2,})\S/))))
    expect(new Set(starts).size).toBe(1)
  })
})

describe('commandHelp', () => {
  it.each(commandNames)('shows %s with its arguments, options and examples', (name) => {
    const text = commandHelp(name, 'en')
    expect(text).toContain(`Usage: cdht-data ${name}`)
    for (const option of COMMANDS[name].options) expect(text).toContain(`--${option} ${(COMMAND_OPTIONS[option] as OptionSpec).value ?? ''}`.trim())
    for (const example of COMMANDS[name].examples) expect(text).toContain(example)
  })
  it('writes required arguments in angle brackets and optional ones in square brackets', () => {
    expect(commandHelp('gap', 'en')).toContain('cdht-data gap <target> [options]')
    expect(commandHelp('help', 'zh')).toContain('用法: cdht-data help [命令]')
    expect(commandHelp('list', 'zh')).toContain('用法: cdht-data list <集合> [选项]')
  })
})
