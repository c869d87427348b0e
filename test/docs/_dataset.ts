import type { Dataset } from '../../src/export/types.js'

// A small dataset for the docs generators: an official and an own English name, a passage with
// Markdown syntax in it, a lower bound, a revised figure, a note, a count with its counter, a
// growth of each basis, a target and a key zone. Ids are the real ones where the package's
// `format` looks them up. Cast once: fixture ids are not the generated id unions.
const ours = (zh: string, en: string) => ({ zh, en, enOrigin: 'ours' }) as const
const value = (value: number, decimals: number, unit: string, multiplier: number) => ({ value, decimals, unit, multiplier })
const cited = (passage: string) => ({ status: 'actual', source: 'meeting', passage, bound: 'exact', scope: 'cdht' }) as const

export const docsDataset = {
  sources: [
    {
      id: 'meeting',
      title: '工作会议 | 2024',
      publisher: ours('中国高新网', 'China High-tech Network'),
      published: '2024-02-23',
      reports: ours('工作会议', 'The work meeting'),
      grade: 'primary',
      heldIn: { file: 'meeting.txt', sha256: 'a'.repeat(64), fullText: true },
    },
    { id: 'daily', title: null, publisher: ours('日报', 'Daily'), published: null, reports: ours('公报', 'Bulletin'), grade: 'reprint', heldIn: { file: 'other.md', sha256: 'b'.repeat(64), fullText: false } },
  ],
  indicators: [
    { id: 'gdp', label: ours('地区生产总值', 'Gross domestic product'), category: 'economy', kind: 'flow', unit: 'CNY', definition: 'GDP over the period.' },
    { id: 'new-enterprises', label: ours('新增企业', 'New enterprises'), category: 'enterprises', kind: 'flow', unit: 'count', counter: ours('户', 'enterprises'), definition: 'Enterprises registered.' },
    { id: 'general-budget-revenue', label: ours('一般公共预算收入', 'Budget revenue'), category: 'economy', kind: 'flow', unit: 'CNY', definition: 'Revenue.' },
  ],
  observations: [
    { id: 'gdp-2022', indicator: 'gdp', measure: 'level', period: '2022', ...value(3015.8, 1, 'CNY', 8), ...cited('地区生产总值3015.8亿元'), source: 'daily' },
    { id: 'gdp-2023', indicator: 'gdp', measure: 'level', period: '2023', ...value(3201.2, 1, 'CNY', 8), ...cited('地区生产总值3201.2亿元') },
    { id: 'gdp-2023-revised', indicator: 'gdp', measure: 'level', period: '2023', ...value(3210, 0, 'CNY', 8), ...cited('修订为3210亿元'), supersedes: 'gdp-2023' },
    { id: 'gdp-2020', indicator: 'gdp', measure: 'level', period: '2020', ...value(2400, 0, 'CNY', 8), ...cited('突破2400亿元'), bound: 'lower' },
    { id: 'gdp-growth-2023', indicator: 'gdp', measure: 'growth', basis: 'real', period: '2023', ...value(6, 1, 'percent', 0), ...cited('增长6.0%'), note: 'At comparable prices.' },
    { id: 'revenue-growth-2023', indicator: 'general-budget-revenue', measure: 'growth', basis: 'nominal', period: '2023', ...value(13.3, 1, 'percent', 0), ...cited('同比增长13.3% | *注*') },
    { id: 'new-enterprises-2023', indicator: 'new-enterprises', measure: 'level', period: '2023', ...value(3.8, 1, 'count', 4), ...cited('新增企业3.8万户') },
  ],
  targets: [
    {
      id: 'gdp-target-2024', label: ours('突破3400亿元', 'Over 340 billion'), indicator: 'gdp', measure: 'level', scope: 'bio-town', period: '2024',
      deadline: '2024-12-31', deadlineStated: false, comparator: 'gt', ...value(3400, 0, 'CNY', 8), status: 'target', source: 'meeting', passage: '力争突破3400亿元',
    },
  ],
  zones: [
    { id: 'cdht', label: { zh: '成都高新区', en: 'Chengdu Hi-tech Zone', enOrigin: 'official', enSource: 'daily' }, kind: 'zone', source: 'meeting', passage: '成都高新区' },
    { id: 'bio-town', label: ours('天府国际生物城', 'Bio Town'), kind: 'key-zone', partOf: 'cdht', source: 'meeting', passage: '天府国际生物城' },
  ],
  industries: [],
  chains: [],
  parks: [],
  projects: [],
  plan: [],
  facts: [],
} as unknown as Dataset
