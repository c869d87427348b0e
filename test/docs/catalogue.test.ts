import { describe, expect, it } from 'vitest'
import { renderCatalogue } from '../../scripts/docs/catalogue.js'
import { docsDataset } from './_dataset.js'

const page = renderCatalogue(docsDataset, 'assets/chart.svg')
const section = (heading: string): string => {
  const start = page.indexOf(heading)
  const ends = ['\n## ', '\n### '].map((next) => page.indexOf(next, start + heading.length)).filter((end) => end !== -1)
  return page.slice(start, ends.length === 0 ? undefined : Math.min(...ends))
}

describe('renderCatalogue', () => {
  it('starts with TypeDoc front matter, the generated banner and the chart', () => {
    expect(page.startsWith('---\ntitle: Data catalogue\n---\n<!-- Generated')).toBe(true)
    expect(page).toContain('![Growth rates the sources report for 2023, by indicator](assets/chart.svg)')
  })

  it('has a section per category with indicators, in the category order, and none for empty ones', () => {
    const headings = page.split('\n').filter((line) => line.startsWith('## '))
    expect(headings).toEqual(['## Economy', '## Enterprises', '## Scopes', '## Sources'])
  })

  it('lists every observation and target with both locales, oldest period first', () => {
    const gdp = section('### 地区生产总值')
    const ids = gdp.split('\n').filter((line) => line.startsWith('| `20')).map((row) => /\| `([\w-]+)`<br>`[\w-]+` \|$/.exec(row)?.[1])
    expect(ids).toEqual(['gdp-2020', 'gdp-2022', 'gdp-2023', 'gdp-2023-revised', 'gdp-growth-2023', 'gdp-target-2024'])
    expect(gdp).toContain('| `2020` | level | 超2,400亿元<br>over CNY 240 billion | 突破2400亿元 | `gdp-2020`<br>`meeting` |')
    expect(gdp).toContain('| growth, real | 6.0%<br>6.0% |')
  })

  it('marks a passage that is a compilation’s summary, and no verbatim one', () => {
    expect(page).not.toContain('*Summary (not verbatim):*')
    const [first, ...rest] = docsDataset.observations
    const marked = renderCatalogue({ ...docsDataset, observations: [{ ...first!, passageOrigin: 'summary' }, ...rest] }, 'assets/chart.svg')
    expect(marked).toContain(`| *Summary (not verbatim):* ${first!.passage} |`)
    expect(marked).toContain('verbatim, except where it is marked *Summary (not verbatim)*')
  })

  it('names the scope only when it is not the zone, and gives a target its deadline and status', () => {
    expect(page).toContain('unless its measure names another scope')
    expect(section('### 地区生产总值')).toContain(
      '| `2024` | level · `bio-town` | 超3,400亿元<br>over CNY 340 billion | 2024-12-31 (end of period)<br>target | 力争突破3400亿元 |',
    )
  })

  it('prints counts with the indicator’s counter, and marks the project’s own English with †', () => {
    expect(page).toContain('### 新增企业 · New enterprises †')
    expect(page).toContain('counts 户 (enterprises †)')
    expect(page).toContain('| 3.8万户<br>38,000 enterprises |')
    expect(page).toContain('| 成都高新区 | Chengdu Hi-tech Zone | zone |')
  })

  it('keeps passages verbatim but escaped, so a pipe does not split the table', () => {
    expect(page).toContain('| 同比增长13.3% \\| \\*注\\* |')
    expect(page).toContain('| 工作会议 \\| 2024 |')
  })

  it('notes revisions and caveats under the table', () => {
    expect(page).toContain('- `gdp-2023-revised`: revises `gdp-2023`')
    expect(page).toContain('- `gdp-growth-2023`: At comparable prices.')
  })

  it('says when a source’s title or date is not known, and when its text is a compilation', () => {
    expect(section('## Sources')).toContain('| `daily` | 日报 (Daily †) | (not known) | (not known) | reprint | other.md (a compilation quoting it) |')
  })
})
