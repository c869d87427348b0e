import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run.js'
import type { CliIo } from '../../src/cli/run.js'
import { CATEGORIES, COMMAND_OPTIONS, COMMANDS, EXPORT_FORMATS, GLOBAL_OPTIONS, LIST_COLLECTIONS } from '../../src/cli/spec.js'
import { breaks, chains, facts, indicators, industries, observations, parks, plan, projects, sources, targets, zones } from '../../src/index.js'

// Chinese output is Chinese: after taking out what is English on purpose (ids, units, the command
// line's own words, and data held only in English or quoted verbatim), no English word is left.

const records = [indicators, observations, targets, zones, industries, chains, parks, projects, plan, facts, sources, breaks].flat()
const ids = records.map((record) => record.id)

// Text the data holds in English only, or quotes verbatim (a Chinese name such as AI产业 may hold
// Latin letters, an English-language source has an English publisher), shown under a field that
// says so.
const verbatim = records.flatMap((record) => {
  const texts: string[] = []
  const add = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value)
  }
  const addLabel = (label: { readonly zh: string; readonly en: string } | undefined): void => {
    add(label?.zh)
    add(label?.en)
  }
  if ('label' in record) addLabel(record.label)
  if ('publisher' in record) addLabel(record.publisher)
  if ('reports' in record) addLabel(record.reports)
  if ('counter' in record) addLabel(record.counter)
  if ('layout' in record) addLabel(record.layout)
  if ('layout' in record || 'firsts' in record) addLabel(record.status)
  if ('detail' in record) addLabel(record.detail)
  if ('firsts' in record) record.firsts.forEach(addLabel)
  if ('definition' in record) add(record.definition)
  if ('note' in record) add(record.note)
  if ('passage' in record) add(record.passage)
  if ('title' in record) add(record.title)
  if ('heldIn' in record) add(record.heldIn.file)
  if ('documentedIn' in record) add(record.documentedIn.passage)
  return texts
})
const themes = zones.flatMap((zone) => (zone.focus === undefined ? [] : [zone.focus.theme, ...zone.focus.plans])).flatMap((label) => [label.zh, label.en])

const commandLineWords = [
  'cdht-data',
  ...Object.keys(COMMANDS),
  ...[...Object.keys(GLOBAL_OPTIONS), ...Object.keys(COMMAND_OPTIONS)].map((name) => `--${name}`),
  ...Object.values({ ...GLOBAL_OPTIONS, ...COMMAND_OPTIONS }).flatMap((spec) => ('value' in spec ? [spec.value] : [])),
  ...LIST_COLLECTIONS,
  ...EXPORT_FORMATS,
  'YYYY-MM-DD',
  'YYYY-MM',
  'YYYY',
  'LANG',
  'LANGUAGE',
  'LC_ALL',
  'LC_MESSAGES',
  'NO_COLOR',
  'FORCE_COLOR',
  'COLUMNS',
  'JSON',
  'CSV',
  'UTF-8',
  'BOM',
  'Excel',
  'id',
]
const units = ['CNY', 'USD']

const allowed = [...new Set([...verbatim, ...themes, ...ids, ...commandLineWords, ...units])].filter((text) => text !== '').sort((a, b) => b.length - a.length)

function englishWords(output: string, extra: readonly string[] = []): string[] {
  let rest = output
  // Longest first, so an id is taken out whole before a word inside it.
  for (const text of [...extra, ...allowed].sort((a, b) => b.length - a.length)) rest = rest.split(text).join(' ')
  return [...new Set(rest.match(/[A-Za-z]{2,}/g) ?? [])]
}

async function zhOutput(argv: readonly string[]): Promise<string> {
  const out: string[] = []
  const io: CliIo = {
    stdout: { write: (text: string) => out.push(text), isTTY: false },
    stderr: { write: (text: string) => out.push(text), isTTY: false },
    // Wide enough that no verbatim text is wrapped apart.
    env: { COLUMNS: '100000' },
    writeFile: () => undefined,
    packageVersion: () => '0.0.0',
    now: () => new Date('2026-11-30T04:00:00Z'),
  }
  await runCli([...argv, '--lang', 'zh'], io)
  return out.join('')
}

const RUNS: readonly (readonly string[])[] = [
  [],
  ['--version'],
  ['summary', '--as-of', '2022-06-30'],
  ...LIST_COLLECTIONS.map((collection) => ['list', collection]),
  ...[indicators, observations, targets, zones, industries, chains, parks, projects, plan, facts, sources, breaks]
    .flat()
    .map((record) => ['show', record.id]),
  ...[...new Set(observations.map((observation) => `${observation.indicator} ${observation.scope}`))].map((pair) => {
    const [indicator = '', scope = ''] = pair.split(' ')
    return ['growth', indicator, '--zone', scope]
  }),
  ...targets.map((target) => ['gap', target.id, '--on', '2024-06-30']),
  ['show', 'gdpx'],
  ['list', 'zones', '--period', '2023'],
]

describe('Chinese output has no English words outside ids, units and the command line', () => {
  it('for every command and record', async () => {
    const found: string[] = []
    for (const argv of RUNS) {
      const words = englishWords(await zhOutput(argv))
      if (words.length > 0) found.push(`${argv.join(' ')}: ${words.join(' ')}`)
    }
    expect(found).toEqual([])
  })
  it('for the help of the tool and of each command (option values are the command line’s)', async () => {
    for (const argv of [['--help'], ...Object.keys(COMMANDS).map((command) => ['help', command])]) {
      expect(englishWords(await zhOutput(argv), [...CATEGORIES, '--lang en']), argv.join(' ')).toEqual([])
    }
  })
  it('catches an English word when there is one', () => {
    expect(englishWords('测度 level')).toEqual(['level'])
  })
})
