import type { Observation, SeriesBreak, Target } from '../../src/types.js'

// Records built in tests: the shape of the data files, with the worked examples of
// other-years.md and the 2024 work-meeting article, independent of what data/ holds today.

/** A level observation of the zone, overridable field by field. */
export function observation(overrides: Partial<Record<keyof Observation, unknown>> = {}): Observation {
  return {
    id: 'test-observation',
    indicator: 'gdp',
    measure: 'level',
    scope: 'cdht',
    period: '2023',
    value: 3201.2,
    decimals: 1,
    unit: 'CNY',
    multiplier: 8,
    bound: 'exact',
    status: 'actual',
    source: 'test-source',
    passage: '实现地区生产总值3201.2亿元',
    ...overrides,
  } as unknown as Observation
}

/** A growth observation (measure `growth`, unit percent) of the zone. */
export function growth(value: number, basis: 'real' | 'nominal' | 'unspecified', overrides: Partial<Record<keyof Observation, unknown>> = {}): Observation {
  return observation({ measure: 'growth', basis, value, unit: 'percent', multiplier: 0, ...overrides })
}

/** A target of the zone, overridable field by field: 2021 GDP of 2600 亿元 by default. */
export function target(overrides: Partial<Record<keyof Target, unknown>> = {}): Target {
  return {
    id: 'test-target',
    label: { zh: '地区生产总值', en: 'GDP', enOrigin: 'ours' },
    indicator: 'gdp',
    measure: 'level',
    scope: 'cdht',
    period: '2021',
    deadline: '2021-12-31',
    deadlineStated: false,
    comparator: 'gte',
    value: 2600,
    decimals: 0,
    unit: 'CNY',
    multiplier: 8,
    status: 'target',
    source: 'test-source',
    passage: '力争全年实现地区生产总值2600亿元',
    ...overrides,
  } as unknown as Target
}

/** A break in the zone's GDP series from 2022 (kind `area` unless told), overridable field by field. */
export function seriesBreak(overrides: Partial<Record<keyof SeriesBreak, unknown>> = {}): SeriesBreak {
  return {
    id: 'test-break',
    kind: 'area',
    indicator: 'gdp',
    scope: 'cdht',
    from: '2022-01-01',
    label: { zh: '区划调整', en: 'area changed', enOrigin: 'ours' },
    evidence: [],
    documentedIn: { file: 'history-2012-2025.md', passage: 'test' },
    ...overrides,
  } as unknown as SeriesBreak
}
