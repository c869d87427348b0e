import { describe, expect, it } from 'vitest'
import { editDistance, suggest } from '../../src/cli/suggest.js'

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['gdp', 'gdp', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['gpd', 'gdp', 1], // a swap is one edit (Damerau), not two
    ['kitten', 'sitting', 3],
    ['exprot', 'export', 1],
    ['ca', 'abc', 3], // optimal string alignment: no edit of a swapped pair
    ['地区生产总值', '地区生产总额', 1],
  ])('%j → %j is %i', (from, to, distance) => {
    expect(editDistance(from, to)).toBe(distance)
    expect(editDistance(to, from)).toBe(distance)
  })
})

describe('suggest', () => {
  const commands = ['summary', 'list', 'show', 'growth', 'gap', 'export', 'help']

  it('offers the nearest name for a typo', () => {
    expect(suggest('sumary', commands)).toEqual(['summary'])
    expect(suggest('grwoth', commands)).toEqual(['growth'])
    expect(suggest('gpd', ['gdp', 'gdp-growth', 'exports'])).toEqual(['gdp'])
  })
  it('ignores case', () => {
    expect(suggest('GDP2', ['gdp'])).toEqual(['gdp'])
  })
  it('offers names the input starts or is a part of', () => {
    expect(suggest('fixed', ['fixed-asset-investment', 'gdp'])).toEqual(['fixed-asset-investment'])
    expect(suggest('asset', ['fixed-asset-investment'])).toEqual(['fixed-asset-investment'])
  })
  it('puts closer names first and keeps at most the limit', () => {
    // One edit each for gap, cab and tab (ties: alphabetical); gab-x is two; gdp is not close.
    expect(suggest('gab', ['tab', 'gdp', 'gab-x', 'gap', 'cab'])).toEqual(['cab', 'gap', 'tab'])
    expect(suggest('gab', ['tab', 'gdp', 'gab-x', 'gap', 'cab'], { limit: 2 })).toEqual(['cab', 'gap'])
  })
  it('offers nothing when nothing is close', () => {
    expect(suggest('zzzzzz', commands)).toEqual([])
    expect(suggest('', commands)).toEqual([])
  })
  it('offers nothing for input longer than any id, without measuring it', () => {
    const long = `gdp${'-'.repeat(62)}`
    expect(suggest(long, ['gdp'])).toEqual([])
    // Just under the bound, a long prefix still counts.
    expect(suggest('x'.repeat(64), [`${'x'.repeat(64)}-y`])).toEqual([`${'x'.repeat(64)}-y`])
  })
  it('does not offer the input itself', () => {
    expect(suggest('list', commands)).not.toContain('list')
  })
})
