import { describe, expect, it } from 'vitest'
import { availableFrom } from '../../src/_internal/availableFrom.js'
import { publicationDays } from '../../src/_internal/publicationDays.js'

// That each source's day is the one availableFrom gives is test/data/lookups.test.ts's check.
describe('publicationDays (from the generated map)', () => {
  it('lists each distinct day once, ascending', () => {
    const { days, bySource } = publicationDays()
    expect(days).toEqual([...new Set(bySource.values())].sort())
    expect(days).toContain('2024-02-23')
    expect(days).toContain('2022-01-28') // the zone's release of the 2021 results, reprinted undated
  })
})

describe('availableFrom', () => {
  it('takes the last day a published date can mean, else the release day, else null', () => {
    expect(availableFrom({ published: '2024-02-23' })).toBe('2024-02-23')
    expect(availableFrom({ published: '2020' })).toBe('2020-12-31')
    expect(availableFrom({ published: null, released: { on: '2022-01-28', passage: 'released by the zone 2022-01-28' } })).toBe('2022-01-28')
    expect(availableFrom({ published: null })).toBeNull()
  })
})
