import { describe, expect, it } from 'vitest'
import { codeAndInput } from '../_codeAndInput.js'
import { asOf, assessTarget, growthSeries } from '../../src/index.js'


type Loose = Record<string, unknown>

// REPORT10 §2 and §3: a caller's view's breaks in series are checked like its records, and
// handed back as deep-frozen copies, never as the caller's objects.
describe('the breaks in series of a caller\u2019s dataset view', () => {
  const view = asOf('2026-11-30')
  const copies = (): Loose[] => view.breaks.map((item) => structuredClone(item) as unknown as Loose)
  const gdpIndex = view.breaks.findIndex((item) => item.indicator === 'gdp')
  const withBreak = (change: Loose, index = gdpIndex) => ({ ...view, breaks: copies().map((item, at) => (at === index ? { ...item, ...change } : item)) }) as never

  it('refuse a misspelt indicator that would hide a known break (UNKNOWN_ID), so a verdict cannot flip', () => {
    const options = { on: '2024-06-01', actual: 3100 }
    expect(assessTarget('gdp-target-2020', { ...options, dataset: view }).outcome).toBe('undetermined')
    const typo = { ...view, breaks: copies().map((item) => (item.indicator === 'gdp' ? { ...item, indicator: 'gpd' } : item)) } as never
    expect(codeAndInput(() => assessTarget('gdp-target-2020', { ...options, dataset: typo }))).toEqual(['UNKNOWN_ID', `options.dataset.breaks[${gdpIndex}].indicator`])
    expect(codeAndInput(() => growthSeries('gdp', { dataset: typo }))).toEqual(['UNKNOWN_ID', `options.dataset.breaks[${gdpIndex}].indicator`])
  })

  it('name the first bad field of a break', () => {
    const cases: [Loose, string, string][] = [
      [{ id: 1 }, 'INVALID_ARGUMENT', 'id'],
      [{ kind: 'nope' }, 'INVALID_ARGUMENT', 'kind'],
      [{ indicator: 7 }, 'INVALID_ARGUMENT', 'indicator'],
      [{ scope: 'cdth' }, 'UNKNOWN_ID', 'scope'],
      [{ from: 'not-a-date' }, 'INVALID_PERIOD', 'from'],
      [{ from: '2017' }, 'INVALID_PERIOD', 'from'],
      [{ from: '2017-02-30' }, 'INVALID_PERIOD', 'from'],
      [{ from: null }, 'INVALID_PERIOD', 'from'],
      [{ kind: 'coverage' }, 'INVALID_ARGUMENT', 'from'],
    ]
    for (const [change, code, field] of cases) {
      expect(codeAndInput(() => growthSeries('gdp', { dataset: withBreak(change) }))).toEqual([code, `options.dataset.breaks[${gdpIndex}].${field}`])
    }
    // The report's own input: a break with an id of 1 and nothing else.
    expect(codeAndInput(() => growthSeries('gdp', { dataset: { ...view, breaks: [{ id: 1 }] } as never }))).toEqual(['INVALID_ARGUMENT', 'options.dataset.breaks[0].id'])
    expect(codeAndInput(() => growthSeries('gdp', { dataset: { ...view, breaks: [null] } as never }))).toEqual(['INVALID_ARGUMENT', 'options.dataset.breaks'])
  })

  it('refuse a break that contains itself, and two breaks with one id', () => {
    const looped = copies()
    looped[0]!.self = looped[0]
    expect(codeAndInput(() => growthSeries('gdp', { dataset: { ...view, breaks: looped } as never }))).toEqual(['INVALID_ARGUMENT', 'options.dataset.breaks[0].self'])
    const twice = [...copies(), copies()[0]]
    expect(codeAndInput(() => growthSeries('gdp', { dataset: { ...view, breaks: twice } as never }))).toEqual(['INVALID_ARGUMENT', `options.dataset.breaks[${twice.length - 1}].id`])
  })

  it('accept a coverage break dated null, and well-formed breaks as before', () => {
    const coverage = { ...copies()[gdpIndex], id: 'gdp-coverage', kind: 'coverage', from: null }
    const plus = { ...view, breaks: [...copies(), coverage] } as never
    expect(growthSeries('gdp', { dataset: plus })).toEqual(growthSeries('gdp', { dataset: view }))
  })

  it('come back in results as deep-frozen copies, not the caller\u2019s objects', () => {
    const given = copies()
    const hand = { ...view, breaks: given } as never
    const entry = growthSeries('gdp', { dataset: hand }).find((item) => item.breaks.length > 0)
    const [crossed] = entry?.breaks ?? []
    expect(crossed?.id).toBe('gdp-renamed-2017')
    expect(Object.isFrozen(crossed) && Object.isFrozen(crossed?.label)).toBe(true)
    expect(given.includes(crossed as never)).toBe(false)
    const moved = assessTarget('gdp-target-2020', { dataset: hand }).breaks
    expect(moved.length).toBeGreaterThan(0)
    expect(moved.every((item) => Object.isFrozen(item) && Object.isFrozen(item.label) && !given.includes(item as never))).toBe(true)
  })

  it('are checked again on every call: a change after one call is seen by the next', () => {
    const given = copies()
    const hand = { ...view, breaks: given } as never
    expect(growthSeries('gdp', { dataset: hand }).some((item) => item.breaks.length > 0)).toBe(true)
    for (const item of given) item.from = 'someday'
    expect(codeAndInput(() => growthSeries('gdp', { dataset: hand }))).toEqual(['INVALID_PERIOD', 'options.dataset.breaks[0].from'])
    const before = growthSeries('gdp', { dataset: view })
    given.forEach((item, at) => Object.assign(item, { from: view.breaks[at]!.from }))
    expect(growthSeries('gdp', { dataset: hand })).toEqual(before)
  })

  it('of a view from asOf are the package\u2019s own, handed back as they are', () => {
    const entry = growthSeries('gdp', { dataset: view }).find((item) => item.breaks.length > 0)
    expect(view.breaks.includes(entry!.breaks[0]!)).toBe(true)
  })
})
