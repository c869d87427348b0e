/**
 * The charts of the guides, chosen from the data: the growth rates reported for 2023, and GDP by
 * year. Only the latest vintage of each figure is drawn, and every value is printed by the
 * package's `format`, as the catalogue prints it.
 */
import type { Dataset } from '../../src/export/types.js'
import type { Observation } from '../../src/types.js'
import { BASIS_TERMS } from '../../src/glossary/terms.js'
import { format } from '../../src/units/format.js'
import type { Bar, BarChart } from './barChart.js'

// The glossary's words, as the CLI prints them: one term per thing.
const BASIS_TEXT = { real: BASIS_TERMS.real.en, nominal: BASIS_TERMS.nominal.en, unspecified: `basis ${BASIS_TERMS.unspecified.en}` } as const

/** Observations no other observation revises (`supersedes`). */
function latestVintages(dataset: Dataset): Observation[] {
  const revised = new Set(dataset.observations.flatMap((observation) => observation.supersedes ?? []))
  return dataset.observations.filter((observation) => !revised.has(observation.id))
}

function mainZone(dataset: Dataset): Dataset['zones'][number] {
  const zone = dataset.zones.find((candidate) => candidate.kind === 'zone')
  if (zone === undefined) throw new Error('charts: no zone of kind "zone" in data/zones.json')
  return zone
}

function ours(english: string, enOrigin: 'official' | 'ours'): string {
  return enOrigin === 'ours' ? `${english} †` : english
}

/**
 * Every growth rate reported for 2023, largest first.
 *
 * @param dataset - The dataset.
 * @returns The chart.
 */
export function growth2023(dataset: Dataset): BarChart {
  const growth = latestVintages(dataset)
    .filter((observation) => observation.measure === 'growth' && observation.period === '2023')
    .sort((a, b) => b.value - a.value)
  const bars = growth.map((observation): Bar => {
    const indicator = dataset.indicators.find((candidate) => candidate.id === observation.indicator)!
    const zone = dataset.zones.find((candidate) => candidate.id === observation.scope)!
    const where = observation.scope === mainZone(dataset).id ? '' : `（${zone.label.zh}）`
    return {
      label: `${indicator.label.zh}${where}`,
      sublabel: ours(indicator.label.en, indicator.label.enOrigin),
      value: observation.value,
      valueText: `${format(observation)} · ${BASIS_TEXT[observation.basis ?? 'unspecified']}`,
      lowerBound: observation.bound === 'lower',
    }
  })
  return {
    title: `Growth in 2023 as the sources report it: ${mainZone(dataset).label.zh}`,
    footnotes: [
      'Year-on-year change in percent. real: at constant prices; nominal: at current prices.',
      `† English rendered by this project. Sources: ${[...new Set(growth.map((observation) => observation.source))].join(', ')}.`,
    ],
    bars,
  }
}

/**
 * The zone's GDP for each full year, oldest first, with the growth reported for that year.
 *
 * @param dataset - The dataset.
 * @returns The chart.
 */
export function gdpByYear(dataset: Dataset): BarChart {
  const zone = mainZone(dataset)
  const latest = latestVintages(dataset).filter(
    (observation) => observation.indicator === 'gdp' && observation.scope === zone.id && /^\d{4}$/.test(observation.period),
  )
  const levels = latest.filter((observation) => observation.measure === 'level').sort((a, b) => a.period.localeCompare(b.period))
  const bars = levels.map((level): Bar => {
    const growth = latest.find((observation) => observation.measure === 'growth' && observation.period === level.period)
    return {
      label: level.period,
      sublabel: growth === undefined ? 'growth not reported' : `growth ${format(growth)} (${BASIS_TEXT[growth.basis ?? 'unspecified']})`,
      // In 亿元 whatever the multiplier, so the bars share one scale.
      value: level.value * 10 ** (level.multiplier - 8),
      valueText: `${format(level)} · ${format(level, { locale: 'en' })}`,
      lowerBound: level.bound === 'lower',
    }
  })
  return {
    title: `GDP by year: ${zone.label.zh} (${zone.label.en})`,
    footnotes: [
      'Dashed outline: a lower bound (超: more than the value shown).',
      `Sources: ${[...new Set(levels.map((level) => level.source))].join(', ')}.`,
    ],
    bars,
  }
}
