import { describe, expect, it } from 'vitest'
import { indicators, observations, targets } from './_sources.js'

// Money is kept in the currency the source reports; only trade and per-capita GDP were ever
// reported in US dollars, so a dollar value anywhere else is a transcription error.
const category = new Map(indicators.map((indicator) => [indicator.id, indicator.category]))
const mayBeDollars = (indicator: string): boolean => category.get(indicator) === 'trade' || indicator === 'gdp-per-capita'
const DOLLARS = /美元|\$|USD|US dollar/

describe('currency', () => {
  it('USD values only on trade and per-capita GDP', () => {
    const bad = [...observations, ...targets]
      .filter((record) => record.unit === 'USD' && !mayBeDollars(record.indicator))
      .map((record) => `${record.id}: USD on ${record.indicator}: "${record.passage}"`)
    expect(bad).toEqual([])
  })

  it('a value is USD exactly when its passage states dollars', () => {
    const bad = observations
      .filter((record) => record.measure === 'level' && (record.unit === 'USD') !== DOLLARS.test(record.passage.replace(/\(\$[\d.]+ billion\)/, '')))
      .map((record) => `${record.id}: unit ${record.unit} for "${record.passage}"`)
    expect(bad).toEqual([])
  })
})
