import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CITED,
  type Cited,
  type Label,
  type Numeric,
  PRIMARY_SOURCE,
  heldFile,
  heldText,
  noteSkipWithoutSources,
  readCollection,
  sha256OfFile,
  sources,
  sourcesAvailable,
  sourcesDir,
} from './_sources.js'

// A figure is only as good as the words it is read from: every passage must be in the held
// text of its source, and a numeric record's passage must show its value as the source writes it.
noteSkipWithoutSources('the passage, value and hash checks')

// How the sources write a few small values in words (两个组团, 双百亿, 前三, 第一, 独占鳌头 "first place").
const CHINESE_FORMS: Record<number, string[]> = { 1: ['第一', '独占鳌头'], 2: ['两', '二'], 3: ['三'], 4: ['四'], 10: ['十'], 100: ['百'] }

/**
 * The ways a value can appear in a passage: its published digits, grouped in thousands as the
 * English and French reports write them (1,058; 605 900), with a French decimal comma (228,56),
 * as 万亿 of a value kept in 亿 (1.5萬億元 is 15000 亿: the multiplier has no 10^12), or in words.
 */
function writtenForms(record: Pick<Numeric, 'value' | 'decimals' | 'multiplier'>): string[] {
  const digits = record.value.toFixed(record.decimals)
  const [whole = '', fraction] = digits.split('.')
  const grouped = (separator: string): string => whole.replace(/\B(?=(\d{3})+$)/g, separator) + (fraction === undefined ? '' : `.${fraction}`)
  const forms = [digits, grouped(','), grouped(' '), digits.replace('.', ',')]
  if (record.multiplier === 8 && record.value >= 10_000) forms.push(`${record.value / 10_000}万亿`, `${record.value / 10_000}萬億`)
  return [...new Set([...forms, ...(CHINESE_FORMS[record.value] ?? [])])]
}

const cited = CITED.flatMap((name) => readCollection<Cited & Record<string, unknown>>(name).map((record) => ({ name, record })))

// Labels that name something in the passage's own source must be quoted, not paraphrased.
// Targets, indicators and the unresolved scope carry descriptive labels of our own.
function quotedLabels(name: string, record: Record<string, unknown>): [string, Label][] {
  if (name === 'targets' || (name === 'zones' && record.kind === 'unresolved')) return []
  const fields = ['label', 'layout', 'status', 'detail', 'firsts', 'focus'] as const
  return fields.flatMap((field) => collect(record[field], field))
}
function collect(value: unknown, at: string): [string, Label][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => collect(item, `${at}[${index}]`))
  if (value === null || typeof value !== 'object') return []
  if ('zh' in value && 'enOrigin' in value) return [[at, value as Label]]
  return Object.entries(value).flatMap(([key, inner]) => collect(inner, `${at}.${key}`))
}

describe.skipIf(!sourcesAvailable)('passages are quoted verbatim from the held text', () => {
  it.each(CITED)('%s', (collection) => {
    const missing = cited
      .filter(({ name, record }) => name === collection && !heldText(record.source).includes(record.passage))
      .map(({ record }) => `${record.id}: passage not in ${record.source}: "${record.passage}"`)
    expect(missing).toEqual([])
  })

  it('labels that name things are quoted from the same source', () => {
    const missing = cited.flatMap(({ name, record }) =>
      quotedLabels(name, record)
        .filter(([, label]) => !heldText(record.source).includes(label.zh))
        .map(([at, label]) => `${name}/${record.id}: ${at}.zh "${label.zh}" not in ${record.source}`),
    )
    expect(missing).toEqual([])
  })
})

describe.skipIf(!sourcesAvailable)('numeric passages show the value', () => {
  // Observations and targets are numbers themselves; a project's number is its investment.
  const numeric = cited.flatMap(({ name, record }): { name: string; id: string; passage: string; value: Numeric }[] => {
    const value = name === 'observations' || name === 'targets' ? (record as unknown as Numeric) : (record as { investment?: Numeric }).investment
    return value ? [{ name, id: record.id, passage: record.passage, value }] : []
  })

  it('every observation, target and project investment', () => {
    const missing = numeric
      .filter(({ passage, value }) => !writtenForms(value).some((form) => passage.includes(form)))
      .map(({ name, id, passage, value }) => `${name}/${id}: value ${writtenForms(value).join(' or ')} not in "${passage}"`)
    expect(missing).toEqual([])
  })
})

describe.skipIf(!sourcesAvailable)('held files are the ones cited', () => {
  it.each(sources.map((source) => [source.id, source.heldIn.file, source.heldIn.sha256]))('%s: sha256 of %s', (id, file, sha256) => {
    expect(sha256OfFile(file), `${id}: heldIn.sha256 does not match ${file}`).toBe(sha256)
  })

  it('the primary source hash is the one the sources README publishes', () => {
    const primary = sources.find((source) => source.id === PRIMARY_SOURCE)
    expect(primary, `no source ${PRIMARY_SOURCE}`).toBeDefined()
    const readme = readFileSync(path.join(sourcesDir, 'README.md'), 'utf8')
    const section = readme.slice(readme.indexOf(`## ${primary!.heldIn.file}`))
    expect(/sha256 ([0-9a-f]{64})/.exec(section)?.[1], `${PRIMARY_SOURCE}: README hash`).toBe(primary!.heldIn.sha256)
    expect(primary!.heldIn.fullText, `${PRIMARY_SOURCE}: the primary is held in full`).toBe(true)
    expect(heldFile(primary!.heldIn.file).length).toBeGreaterThan(0)
  })
})
