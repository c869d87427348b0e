/**
 * The data catalogue (docs/catalogue.md): every indicator with every value and target, in
 * Chinese as the sources write them and in English, with units, bounds, periods, scopes and the
 * passages (verbatim, or marked as a compilation's summary), followed by the scopes and the sources. Values are printed by the package's
 * own `format`, so the catalogue reads exactly as an app using the package would.
 */
import type { Dataset } from '../../src/export/types.js'
import type { Category, Indicator, Label, Observation, Target } from '../../src/types.js'
import { FIELD_TERMS } from '../../src/glossary/terms.js'
import { format } from '../../src/units/format.js'
import type { FormattableValue } from '../../src/units/format.js'
import { code, escapeMarkdown, GENERATED_NOTE, table } from './markdown.js'

const CATEGORY_TITLES: Readonly<Record<Category, string>> = {
  economy: 'Economy',
  industry: 'Industry',
  innovation: 'Innovation',
  finance: 'Finance',
  enterprises: 'Enterprises',
  talent: 'Talent',
  livelihood: 'Livelihood',
  trade: 'Trade',
  governance: 'Governance',
}
// The glossary's word for a passage that is a summary, so the page and the CLI say the same.
const SUMMARY_MARK = FIELD_TERMS.summaryPassage.en.replace(/^s/, 'S')
const MEASURE_ORDER = ['level', 'growth', 'share', 'rank'] as const

/**
 * An English text with the mark the catalogue uses for the project's own renderings.
 *
 * @param label - A bilingual label.
 * @returns The English, followed by † when `enOrigin` is `'ours'`.
 */
export function english(label: Label): string {
  return `${escapeMarkdown(label.en)}${label.enOrigin === 'ours' ? ' †' : ''}`
}

/**
 * The whole catalogue page.
 *
 * @param dataset - Every collection of the dataset.
 * @param chart - Path of the growth chart, relative to docs/ (shown under the introduction).
 * @param scorecard - The "Target scorecard" section's lines (see scorecard.ts), placed before the scopes.
 * @returns The Markdown file's text.
 * @throws Error when no zone has `kind: 'zone'` (values are shown against it).
 */
export function renderCatalogue(dataset: Dataset, chart: string, scorecard: readonly string[] = []): string {
  const zone = dataset.zones.find((candidate) => candidate.kind === 'zone')?.id
  if (zone === undefined) throw new Error('catalogue: no zone of kind "zone" in data/zones.json')
  const lines = [
    '---',
    'title: Data catalogue',
    '---',
    GENERATED_NOTE,
    '',
    '# Data catalogue',
    '',
    `Every indicator of the dataset with each of its values and targets: ${dataset.indicators.length} indicators, ` +
      `${dataset.observations.length} observations, ${dataset.targets.length} targets, from ${dataset.sources.length} sources. ` +
      'Values are shown as the package’s `format` prints them, in Chinese as the sources write them and below in English. ' +
      `A value is for the zone as a whole (scope ${code(zone)}) unless its measure names another scope (see [Scopes](#scopes)). ` +
      'The passage is the clause of the source that states the value, verbatim, except where it is marked ' +
      `*${SUMMARY_MARK}*: there (\`passageOrigin: 'summary'\`) it is the summary of the compilation that holds the source, not the source’s words. ` +
      'How the records fit together is ' +
      'explained in [the data model](data-model.md).',
    '',
    '† marks English that is this project’s own rendering (`enOrigin: \'ours\'`); English without it is a name in ' +
      'official use (`enOrigin: \'official\'`, with the source that shows it as `enSource`).',
    '',
    `![Growth rates the sources report for 2023, by indicator](${chart})`,
    '',
  ]
  for (const [category, title] of Object.entries(CATEGORY_TITLES) as [Category, string][]) {
    const inCategory = dataset.indicators.filter((indicator) => indicator.category === category)
    if (inCategory.length === 0) continue
    lines.push(`## ${title}`, '')
    for (const indicator of inCategory) lines.push(...indicatorSection(indicator, dataset, indicator.counter, zone))
  }
  lines.push(...scorecard, ...scopesSection(dataset), ...sourcesSection(dataset))
  return `${lines.join('\n').trimEnd()}\n`
}

function indicatorSection(indicator: Indicator, dataset: Dataset, counter: Label | undefined, zone: string): string[] {
  const observations = dataset.observations.filter((observation) => observation.indicator === indicator.id).sort(byPeriodAndMeasure)
  const targets = dataset.targets.filter((target) => target.indicator === indicator.id).sort(byPeriodAndMeasure)
  const counted = counter === undefined ? '' : ` · counts ${escapeMarkdown(counter.zh)} (${english(counter)})`
  const lines = [
    `<a id="${indicator.id}"></a>`,
    '',
    `### ${escapeMarkdown(indicator.label.zh)} · ${english(indicator.label)}`,
    '',
    `${code(indicator.id)} · ${indicator.kind === 'flow' ? 'flow (over a period)' : 'stock (at a date)'} · unit ${code(indicator.unit)}${counted}. ${escapeMarkdown(indicator.definition)}`,
    '',
  ]
  if (observations.length > 0) {
    const rows = observations.map((observation) => [
      code(observation.period),
      measureText(observation, zone),
      bothLocales({ ...valueOf(observation), bound: observation.bound }, counter),
      passageCell(observation),
      `${code(observation.id)}<br>${code(observation.source)}`,
    ])
    lines.push(...table(['Period', 'Measure', 'Value', 'Passage', 'Id, source'], rows), '')
  }
  if (targets.length > 0) {
    const rows = targets.map((target) => [
      code(target.period),
      measureText(target, zone),
      bothLocales({ ...valueOf(target), comparator: target.comparator }, counter),
      `${target.deadline}${target.deadlineStated ? '' : ' (end of period)'}<br>${target.status}`,
      passageCell(target),
      `${code(target.id)}<br>${code(target.source)}`,
    ])
    lines.push('Targets and plans:', '', ...table(['Period', 'Measure', 'Target', 'Deadline, status', 'Passage', 'Id, source'], rows), '')
  }
  const notes = [...observations, ...targets].flatMap((record) => {
    const revises = 'supersedes' in record ? [`revises ${code(record.supersedes)}`] : []
    const note = record.note === undefined ? [] : [escapeMarkdown(record.note)]
    const text = [...revises, ...note].join('; ')
    return text === '' ? [] : [`- ${code(record.id)}: ${text}`]
  })
  if (notes.length > 0) lines.push(...notes, '')
  return lines
}

/** The passage, marked when it is a compilation's summary rather than the source's words. */
function passageCell(record: Observation | Target): string {
  const passage = escapeMarkdown(record.passage)
  return record.passageOrigin === 'summary' ? `*${SUMMARY_MARK}:* ${passage}` : passage
}

function valueOf(record: Observation | Target): FormattableValue {
  // No `indicator` field: the counter is passed explicitly, so the page depends only on the dataset given.
  const base = { value: record.value, decimals: record.decimals, unit: record.unit, multiplier: record.multiplier, measure: record.measure }
  return 'rankAmong' in record ? { ...base, rankAmong: record.rankAmong } : base
}

/** The value as the sources write it, and below it in English. */
function bothLocales(value: FormattableValue, counter: Label | undefined): string {
  const options = counter === undefined ? {} : { counter }
  return `${escapeMarkdown(format(value, options))}<br>${escapeMarkdown(format(value, { ...options, locale: 'en' }))}`
}

/** The measure with its price basis, and the scope when it is not the zone itself. */
function measureText(record: Observation | Target, zone: string): string {
  const measure = record.basis === undefined ? record.measure : `${record.measure}, ${record.basis}`
  return record.scope === zone ? measure : `${measure} · ${code(record.scope)}`
}

function byPeriodAndMeasure(a: Observation | Target, b: Observation | Target): number {
  if (a.period !== b.period) return a.period < b.period ? -1 : 1
  return MEASURE_ORDER.indexOf(a.measure) - MEASURE_ORDER.indexOf(b.measure)
}

function scopesSection(dataset: Dataset): string[] {
  const rows = dataset.zones.map((zone) => [
    code(zone.id),
    escapeMarkdown(zone.label.zh),
    english(zone.label),
    zone.kind,
    zone.partOf === undefined ? '' : code(zone.partOf),
  ])
  return ['## Scopes', '', 'The areas a value or target can be scoped to (`scope`).', '', ...table(['Id', 'Chinese', 'English', 'Kind', 'Part of'], rows), '']
}

function sourcesSection(dataset: Dataset): string[] {
  const rows = dataset.sources.map((source) => [
    code(source.id),
    `${escapeMarkdown(source.publisher.zh)} (${english(source.publisher)})`,
    source.title === null ? '(not known)' : escapeMarkdown(source.title),
    source.published ?? '(not known)',
    source.grade,
    `${escapeMarkdown(source.heldIn.file)}${source.heldIn.fullText ? '' : ' (a compilation quoting it)'}`,
  ])
  return [
    '## Sources',
    '',
    'Grades: `primary` is the zone’s own report as an official outlet published it, `press` a named news outlet or ' +
      'the zone’s media, `reprint` a copy of one. "Held in" is the file of the project’s `sources/` folder that ' +
      'holds the quoted text.',
    '',
    ...table(['Id', 'Publisher', 'Title', 'Published', 'Grade', 'Held in'], rows),
    '',
  ]
}
