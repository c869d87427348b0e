import type { Dataset } from '../../src/export/types.js'

// A small dataset with one of every shape the exports must handle: an official English name,
// a null title, a comma and quotes in a label, a growth with its basis, a lower bound, a rank
// with its ranking, a revised figure (supersedes), a stock dated to the day, a month interval,
// a key zone with focus plans, a project with and one without investment and firsts.
// Cast once: the fixture ids are not the dataset's generated id unions.

const label = (zh: string, en: string): { zh: string; en: string; enOrigin: 'ours' } => ({ zh, en, enOrigin: 'ours' })
const provenance = { source: 'meeting', passage: '成都高新区' }

export const fixtureDataset = {
  sources: [
    {
      id: 'meeting',
      title: '成都高新区2024年工作会议',
      publisher: { zh: '中国高新网', en: 'China High-tech', enOrigin: 'official', enSource: 'meeting' },
      published: '2024-02-23',
      reports: label('2024年工作会议', 'The 2024 work meeting'),
      grade: 'primary',
      heldIn: { file: 'meeting.txt', sha256: 'a'.repeat(64), fullText: true },
    },
    {
      id: 'daily',
      title: null,
      publisher: label('成都日报', 'Chengdu Daily'),
      published: null,
      reports: label('统计公报', 'A bulletin, "quoted", with a comma'),
      grade: 'press',
      heldIn: { file: 'daily.md', sha256: 'b'.repeat(64), fullText: false },
    },
  ],
  indicators: [
    { id: 'gdp', label: label('地区生产总值', 'GDP'), category: 'economy', kind: 'flow', unit: 'CNY', definition: 'Gross domestic product.' },
    {
      id: 'enterprises',
      label: label('企业数', 'Enterprises'),
      category: 'enterprises',
      kind: 'stock',
      unit: 'count',
      counter: label('家', 'enterprises'),
      definition: 'Registered enterprises.',
    },
  ],
  observations: [
    { id: 'gdp-2023', indicator: 'gdp', measure: 'level', scope: 'cdht', period: '2023', value: 3201.2, decimals: 1, unit: 'CNY', multiplier: 8, bound: 'exact', status: 'actual', ...provenance },
    { id: 'gdp-growth-2023', indicator: 'gdp', measure: 'growth', basis: 'real', scope: 'cdht', period: '2023', value: 6, decimals: 1, unit: 'percent', multiplier: 0, bound: 'exact', status: 'actual', ...provenance },
    { id: 'gdp-2021q1q3', indicator: 'gdp', measure: 'level', scope: 'cdht', period: '2021-01/2021-09', value: 2000, decimals: 0, unit: 'CNY', multiplier: 8, bound: 'lower', status: 'actual', ...provenance },
    { id: 'gdp-2023-revised', indicator: 'gdp', measure: 'level', scope: 'cdht', period: '2023', value: 3201.3, decimals: 1, unit: 'CNY', multiplier: 8, bound: 'exact', status: 'actual', source: 'daily', passage: '3201.3亿元', supersedes: 'gdp-2023', note: 'Revised.' },
    { id: 'gdp-rank-2023', indicator: 'gdp', measure: 'rank', scope: 'cdht', period: '2023', value: 3, decimals: 0, unit: 'rank', multiplier: 0, bound: 'top', rankAmong: label('全国高新区', 'national high-tech zones'), status: 'actual', ...provenance },
    { id: 'enterprises-2024-02-23', indicator: 'enterprises', measure: 'level', scope: 'east', period: '2024-02-23', value: 15, decimals: 0, unit: 'count', multiplier: 4, bound: 'lower', status: 'actual', ...provenance },
  ],
  targets: [
    { id: 'gdp-growth-2024', label: label('2024年GDP增长目标', 'GDP growth target 2024'), indicator: 'gdp', measure: 'growth', basis: 'real', scope: 'cdht', period: '2024', deadline: '2024-12-31', deadlineStated: false, comparator: 'gte', value: 7, decimals: 0, unit: 'percent', multiplier: 0, status: 'target', ...provenance },
  ],
  zones: [
    { id: 'cdht', label: label('成都高新区', 'Chengdu Hi-tech Zone'), kind: 'zone', ...provenance },
    {
      id: 'east',
      label: label('东区', 'East area'),
      kind: 'key-zone',
      partOf: 'cdht',
      focus: { year: 2024, theme: label('突出制造', 'Manufacturing'), plans: [label('计划一', 'Plan one'), label('计划二', 'Plan two')] },
      ...provenance,
    },
  ],
  industries: [{ id: 'ic', label: label('集成电路', 'Integrated circuits'), kind: 'leading', ...provenance }],
  chains: [{ id: 'ic-chain', label: label('集成电路链', 'IC chain'), ...provenance }],
  parks: [{ id: 'ic-park', label: label('集成电路园', 'IC park'), industry: 'ic', layout: label('一园三区', 'One park, three areas'), status: label('建设中', 'Under construction'), ...provenance }],
  projects: [
    { id: 'fab', label: label('晶圆厂', 'Fab'), industry: 'ic', investment: { value: 100, decimals: 1, unit: 'CNY', multiplier: 8, bound: 'lower' }, year: 2024, status: label('开工', 'Started'), firsts: [label('全国首条', 'First in China')], ...provenance },
    { id: 'lab', label: label('实验室', 'Lab'), year: 2024, status: label('建成', 'Built'), firsts: [], ...provenance },
  ],
  plan: [
    { id: 'area-1', year: 2024, kind: 'area', label: label('领域一', 'Area one'), order: 1, ...provenance },
    { id: 'programme-1', year: 2024, kind: 'programme', label: label('计划', 'Programme'), order: 1, parent: 'area-1', detail: label('细节', 'Detail'), ...provenance },
  ],
  facts: [{ id: 'ranking-2023', kind: 'ranking', year: 2023, label: label('排名', 'Ranking'), ...provenance }],
  breaks: [],
} as unknown as Dataset

export const fixtureRelease = { version: '1.2.3', released: '2025-03-01' } as const
