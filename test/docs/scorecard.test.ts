import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderBarChart } from '../../scripts/docs/barChart.js'
import { renderCatalogue } from '../../scripts/docs/catalogue.js'
import { docsOutputs } from '../../scripts/docs/outputs.js'
import { assessAll, scorecardChart, scorecardSection } from '../../scripts/docs/scorecard.js'
import { docsDataset as fixture } from './_dataset.js'

// assessTarget looks the scope up among the package's zones: the fixture's target, on the zone.
const docsDataset = { ...fixture, targets: fixture.targets.map((target) => ({ ...target, scope: 'cdht' as const })) }

describe('target scorecard', () => {
  it('assesses the fixture target against the fixture dataset on the given day, not today', () => {
    expect(assessAll(docsDataset, '2024-06-30').map((assessment) => assessment.outcome)).toEqual(['pending'])
    expect(assessAll(docsDataset, '2025-06-30').map((assessment) => assessment.outcome)).toEqual(['not-published'])
  })
  it('lists each target with its outcome in both languages, and links the chart', () => {
    const lines = scorecardSection(assessAll(docsDataset, '2025-06-30'), '2025-06-30', 'assets/target-scorecard.svg')
    expect(lines[0]).toBe('## Target scorecard')
    expect(lines).toContain('![Targets by outcome on 2025-06-30](assets/target-scorecard.svg)')
    expect(lines.find((line) => line.startsWith('| `gdp-target-2024`'))).toContain('| **not published** (未见公布) |')
  })
  it('goes into the catalogue before the scopes', () => {
    const page = renderCatalogue(docsDataset, 'assets/chart.svg', scorecardSection(assessAll(docsDataset, '2025-06-30'), '2025-06-30', 'assets/s.svg'))
    expect(page.indexOf('## Target scorecard')).toBeGreaterThan(0)
    expect(page.indexOf('## Target scorecard')).toBeLessThan(page.indexOf('## Scopes'))
  })
  it('counts targets by outcome in the chart, every outcome a bar', () => {
    const chart = scorecardChart(assessAll(docsDataset, '2024-06-30'), '2024-06-30')
    expect(chart.bars.map((bar) => [bar.sublabel, bar.value])).toEqual([['met', 0], ['missed', 0], ['undetermined', 0], ['not published', 0], ['pending', 1]])
    expect(renderBarChart(chart)).toContain('未到期')
  })
})

describe('the real scorecard, on the release date', () => {
  const page = docsOutputs(join(import.meta.dirname, '../..')).find((file) => file.path === 'docs/catalogue.md')?.text ?? ''
  const row = (id: string): string => page.split('\n').find((line) => line.startsWith(`| \`${id}\``)) ?? ''
  it('says what the data supports: 超2400 against 超过3000 is undetermined, 2021 met, 2015 not published', () => {
    expect(row('gdp-target-2020')).toMatch(/\*\*undetermined\*\* \(无法判定\) \| `gdp-2020` \| at most 600亿元 short \|$/)
    expect(row('gdp-target-2021')).toMatch(/\*\*met\*\* \(已达成\) \| `gdp-2021` \| 200\.6亿元 beyond \|$/)
    expect(row('gross-industrial-output-target-2015')).toContain('**not published**')
  })
})
