import { describe, expect, it } from 'vitest'
import { availableFrom } from '../../src/_internal/availableFrom.js'
import { breaks, indicators, sources } from '../../src/data/collections.js'
import { indicatorCounters, indicatorKinds, seriesBreakKeys, sourceAvailableFrom } from '../../src/data/lookups.js'

// src/data/lookups.ts is generated (npm run generate; the gate checks it is up to date). These
// check that what it holds is what the collections say, whatever wrote it.
describe('the generated lookups agree with the collections', () => {
  it('indicatorKinds: every indicator, flow or stock as catalogued', () => {
    expect([...indicatorKinds]).toEqual(indicators.map((indicator) => [indicator.id, indicator.kind]))
  })
  it('indicatorCounters: every indicator with a counter, and that counter', () => {
    expect([...indicatorCounters]).toEqual(indicators.flatMap((indicator) => (indicator.counter === undefined ? [] : [[indicator.id, indicator.counter]])))
  })
  it('sourceAvailableFrom: every dated source, with the day the as-of rule gives it', () => {
    expect([...sourceAvailableFrom]).toEqual(sources.flatMap((source) => (availableFrom(source) === null ? [] : [[source.id, availableFrom(source)]])))
  })
  it('seriesBreakKeys: every break, with the fields the crossing rule reads', () => {
    expect(seriesBreakKeys).toEqual(breaks.map(({ id, kind, indicator, scope, from }) => ({ id, kind, indicator, scope, from })))
  })
})
