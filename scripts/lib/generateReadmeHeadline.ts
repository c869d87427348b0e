import { observations } from '../../src/data/collections.js'
import type { ObservationId } from '../../src/data/ids.js'
import { getIndicator } from '../../src/query/getIndicator.js'
import { format } from '../../src/units/format.js'
import type { Observation } from '../../src/types.js'

/** The headline figures the README shows, in this order: levels, whose growth is looked up. */
const HEADLINE: readonly ObservationId[] = [
  'gdp-2023',
  'general-budget-revenue-2023',
  'industrial-output-2023',
  'foreign-trade-2023',
  'digital-economy-services-revenue-2023',
  'biomedical-industry-scale-2023',
  'new-enterprises-2023',
  'high-tech-enterprises-2024-02-22',
  'talent-pool-2024-02-22',
]

export const README_START = '<!-- headline:start -->'
export const README_END = '<!-- headline:end -->'

function growthOf(level: Observation): Observation | undefined {
  return observations.find(
    (o) => o.measure === 'growth' && o.indicator === level.indicator && o.scope === level.scope && o.period === level.period,
  )
}

function row(level: Observation): string {
  const { label } = getIndicator(level.indicator)
  const growth = growthOf(level)
  const growthText = growth ? `+${format(growth, { locale: 'en' })} (${growth.basis ?? ''})` : '—'
  const period = level.period.length === 4 ? level.period : `at ${level.period}`
  return `| ${label.zh} · ${label.en} | ${period} | ${format(level)} | ${format(level, { locale: 'en' })} | ${growthText} |`
}

/** The README's headline table, rendered from the data (between the headline markers). */
export function generateReadmeHeadline(): string {
  const rows = HEADLINE.map((id) => {
    const level = observations.find((o) => o.id === id)
    if (!level) throw new Error(`README headline: no observation ${id}`)
    return row(level)
  })
  return [
    README_START,
    '## Headline figures, 2023',
    '',
    '_Generated from the data by `npm run generate`; every value is quoted in the package with its source passage._',
    '',
    '| Indicator | Period | Value (zh) | Value (en) | Growth (basis) |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    'Growth is year on year as published: `real` at constant prices, `nominal` at current prices,',
    '`unspecified` where the source does not say. "超" / "over" marks a lower bound.',
    README_END,
  ].join('\n')
}

/** The README text with its headline section replaced by a freshly rendered one. */
export function withReadmeHeadline(readme: string): string {
  const start = readme.indexOf(README_START)
  const end = readme.indexOf(README_END)
  if (start < 0 || end < start) throw new Error('README.md lacks the headline markers')
  return readme.slice(0, start) + generateReadmeHeadline() + readme.slice(end + README_END.length)
}
