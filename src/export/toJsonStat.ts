import type { Indicator, Measure, Multiplier, Observation } from '../types.js'
import type { Zone } from '../zoneTypes.js'
import { rescale } from '../units/rescale.js'
import { breaksBefore } from './breaksBefore.js'
import type { Dataset, ReleaseInfo } from './types.js'
import { unitLabel } from './unitLabel.js'

// JSON-stat gives units only to the categories of the one dimension with the metric role, and
// GDP's level (亿元) and its growth (%) have different units: so the metric dimension is the
// series (indicator × measure, with the basis of a growth and the whole of a share or rank), not
// the bare indicator. A series has one unit, so values a source published with another power of
// ten (foreign trade in 十亿 one year, 亿 the next) are rescaled to the series' smallest one,
// exactly, and the cell keeps the value as published.

const MEASURE_ORDER: readonly Measure[] = ['level', 'growth', 'share', 'rank']

interface Series {
  readonly id: string
  readonly indicator: Indicator
  /** The first observation: indicator, measure, basis and ranking are the same for all. */
  readonly sample: Observation
  readonly members: readonly Observation[]
  readonly multiplier: Multiplier
  readonly decimals: number
}

interface Cell {
  readonly observation: string
  readonly source: string
  readonly passage: string
  readonly passageOrigin?: string
  readonly note?: string
  readonly coverage?: string
  readonly breaks?: readonly string[]
  readonly published?: { readonly value: number; readonly multiplier: Multiplier }
}

/**
 * The latest vintage of every observation as a JSON-stat 2.0 dataset: dimensions `series`
 * (metric: indicator and measure, with `unit.decimals`), `scope` (geo) and `period` (time);
 * sparse `value` and `status` (`lower`: a lower bound, `top`: a rank within the top N, `b`: a
 * break in series before the value, SDMX's "break" status; a bound at a break has both codes,
 * space-separated, the bound first: `lower b`, `top b`); the
 * indicator definitions as category notes; and per value its observation id, source and
 * passage in `extension.cell` (verbatim, unless `passageOrigin: 'summary'` marks the
 * compilation's summary).
 *
 * @param dataset - The indicators, observations and zones.
 * @param release - The release the file belongs to (`updated` is its date).
 * @returns The JSON-stat text, two-space indented, ending with a line break.
 * @throws Error when an observation's indicator is not in the catalogue, when a series mixes
 * units, or when two current observations fall in the same cell (one should supersede the other).
 */
export function toJsonStat(dataset: Pick<Dataset, 'indicators' | 'observations' | 'zones' | 'breaks'>, release: ReleaseInfo): string {
  const breaks = breaksBefore(dataset.observations, dataset.breaks)
  const superseded = new Set(dataset.observations.flatMap((observation) => observation.supersedes ?? []))
  const current = dataset.observations.filter((observation) => !superseded.has(observation.id))
  const seriesList = buildSeries(current, dataset.indicators)
  const scopeIds = new Set(current.map((observation) => observation.scope as string))
  const zones = dataset.zones.filter((zone) => scopeIds.has(zone.id))
  const periods = [...new Set(current.map((observation) => observation.period))].sort()

  const scopeIndex = new Map(zones.map((zone, index) => [zone.id as string, index]))
  const periodIndex = new Map(periods.map((period, index) => [period, index]))
  const value: Record<string, number> = {}
  const status: Record<string, string> = {}
  const cell: Record<string, Cell> = {}
  for (const [position, series] of seriesList.entries()) {
    for (const observation of series.members) {
      const index =
        (position * zones.length + (scopeIndex.get(observation.scope) ?? 0)) * periods.length + (periodIndex.get(observation.period) ?? 0)
      const key = String(index)
      if (key in value) throw new Error(`observations ${cell[key]?.observation ?? '?'} and ${observation.id} fall in the same cell: one should supersede the other`)
      value[key] = Number(rescale(observation, series.multiplier))
      const crossed = breaks.get(observation.id)
      const flags = [...(observation.bound === 'exact' ? [] : [observation.bound]), ...(crossed === undefined ? [] : ['b'])]
      if (flags.length > 0) status[key] = flags.join(' ')
      cell[key] = {
        observation: observation.id,
        source: observation.source,
        passage: observation.passage,
        ...(observation.passageOrigin === undefined ? {} : { passageOrigin: observation.passageOrigin }),
        ...(observation.note === undefined ? {} : { note: observation.note }),
        ...(observation.coverage === undefined ? {} : { coverage: observation.coverage }),
        ...(crossed === undefined ? {} : { breaks: crossed }),
        ...(observation.multiplier === series.multiplier ? {} : { published: { value: observation.value, multiplier: observation.multiplier } }),
      }
    }
  }

  const jsonStat = {
    version: '2.0',
    class: 'dataset',
    label: `Chengdu Hi-tech Zone (成都高新区): indicator observations, ${release.asOf === undefined ? 'latest vintage' : `as known on ${release.asOf}`}`,
    source: 'The zone’s own reports and the press, each graded; per value in extension.cell (ids of cdht-data sources)',
    updated: release.released,
    id: ['series', 'scope', 'period'],
    size: [seriesList.length, zones.length, periods.length],
    role: { metric: ['series'], geo: ['scope'], time: ['period'] },
    dimension: {
      series: {
        label: 'Indicator and measure',
        category: {
          index: seriesList.map((series) => series.id),
          label: Object.fromEntries(seriesList.map((series) => [series.id, seriesName(series)])),
          note: Object.fromEntries(seriesList.map((series) => [series.id, [series.indicator.definition]])),
          unit: Object.fromEntries(seriesList.map((series) => [series.id, seriesUnit(series)])),
        },
      },
      scope: {
        label: 'Area',
        category: {
          index: zones.map((zone) => zone.id),
          label: Object.fromEntries(zones.map((zone: Zone) => [zone.id, `${zone.label.en} (${zone.label.zh})`])),
        },
      },
      period: { label: 'Period (YYYY, YYYY-MM/YYYY-MM, or a date for a stock)', category: { index: periods } },
    },
    value,
    status,
    note: [
      `cdht-data ${release.version}. Values are in each series' unit; unit.decimals is the most decimals published in the series.`,
      'status: lower = a lower bound (超, 突破: more than the value); top = a rank within the top N; b = a break in series lies between this value and the previous one of its series (extension.cell.breaks names it; do not compute a growth across it). A value can carry two codes, space-separated, the bound first: "lower b", "top b"; split a status on spaces before testing for a code (status.split(" ").includes("lower")). No status: exact, no break.',
      'A value published with another power of ten than its series has is rescaled exactly; extension.cell keeps it as published.',
      'Only the latest vintage of a revised figure is here; every vintage, with its source and date, is in observations.csv and observations.ndjson.',
    ],
    extension: {
      version: release.version,
      ...(release.asOf === undefined ? {} : { asOf: release.asOf }),
      series: Object.fromEntries(
        seriesList.map(({ id, sample, multiplier }) => [
          id,
          {
            indicator: sample.indicator,
            measure: sample.measure,
            ...(sample.basis === undefined ? {} : { basis: sample.basis }),
            ...(sample.rankAmong === undefined ? {} : { rankAmong: sample.rankAmong }),
            unit: sample.unit,
            multiplier,
          },
        ]),
      ),
      cell,
    },
  }
  return `${JSON.stringify(jsonStat, null, 2)}\n`
}

/** The series of the observations, in catalogue order, each with its unit's power of ten and decimals. */
function buildSeries(observations: readonly Observation[], indicators: readonly Indicator[]): Series[] {
  const order = new Map(indicators.map((indicator, index) => [indicator.id as string, { indicator, index }]))
  const groups = new Map<string, { indicator: Indicator; sample: Observation; members: Observation[] }>()
  for (const observation of observations) {
    const id = seriesId(observation)
    const group = groups.get(id)
    if (group !== undefined) {
      group.members.push(observation)
      continue
    }
    const indicator = order.get(observation.indicator)?.indicator
    if (indicator === undefined) throw new Error(`observation ${observation.id}: unknown indicator ${observation.indicator}`)
    groups.set(id, { indicator, sample: observation, members: [observation] })
  }
  const series = [...groups].map(([id, { indicator, sample, members }]): Series => {
    const mixed = members.find((observation) => observation.unit !== sample.unit)
    if (mixed !== undefined) throw new Error(`observation ${mixed.id}: unit ${mixed.unit} differs from ${sample.id} (${sample.unit}) in series ${id}`)
    const multiplier = Math.min(...members.map((observation) => observation.multiplier)) as Multiplier
    // Moving a value down k powers of ten moves k of its published decimals into the integer part.
    const decimals = Math.max(...members.map((observation) => Math.max(0, observation.decimals - (observation.multiplier - multiplier))))
    return { id, indicator, sample, members, multiplier, decimals }
  })
  return series.sort(
    (a, b) =>
      (order.get(a.indicator.id)?.index ?? 0) - (order.get(b.indicator.id)?.index ?? 0) ||
      MEASURE_ORDER.indexOf(a.sample.measure) - MEASURE_ORDER.indexOf(b.sample.measure) ||
      // Series ids are lowercase slugs, whose code-unit order is the collation order;
      // localeCompare would build an ICU collator (~13 ms) on each export.
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
}

function seriesId(observation: Observation): string {
  const parts: string[] = [observation.indicator, observation.measure]
  if (observation.basis !== undefined) parts.push(observation.basis)
  if (observation.rankAmong !== undefined) parts.push(slug(observation.rankAmong.en))
  // Trade reported in US dollars is never converted: a dollar series is apart from the yuan one.
  if (observation.unit === 'USD') parts.push('usd')
  return parts.join('.')
}

function seriesName({ indicator, sample }: Series): string {
  const measure = sample.measure === 'level' ? '' : `, ${sample.measure}${sample.basis === undefined ? '' : ` (${sample.basis})`}`
  // rankAmong is a phrase of its own ("nationwide", "among China's bonded zones", "Sichuan
  // province"): a share is of it, a rank is placed by it in brackets.
  const among = sample.rankAmong === undefined ? '' : sample.measure === 'share' ? ` of ${sample.rankAmong.en}` : ` (${sample.rankAmong.en})`
  return `${indicator.label.en}${measure}${among}`
}

function seriesUnit({ indicator, sample, multiplier, decimals }: Series): { label: string; decimals: number; symbol?: string; position?: 'end' } {
  const name = unitLabel(sample.unit, multiplier, indicator.counter)
  const label = `${name.en} (${name.zh})`
  return sample.unit === 'percent' ? { label, decimals, symbol: '%', position: 'end' } : { label, decimals }
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}
