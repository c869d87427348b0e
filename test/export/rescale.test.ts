import { describe, expect, it } from 'vitest'
import { rescale } from '../../src/export/rescale.js'

describe('rescale', () => {
  it.each([
    [{ value: 288.35, decimals: 2 }, 1, { value: 2883.5, decimals: 1 }],
    [{ value: 1.23, decimals: 2 }, 1, { value: 12.3, decimals: 1 }],
    [{ value: 15, decimals: 0 }, 4, { value: 150000, decimals: 0 }],
    [{ value: 1.5, decimals: 1 }, 4, { value: 15000, decimals: 0 }],
    [{ value: 6, decimals: 1 }, 0, { value: 6, decimals: 1 }],
    [{ value: -0.06, decimals: 2 }, 1, { value: -0.6, decimals: 1 }],
    [{ value: 0.1, decimals: 1 }, 1, { value: 1, decimals: 0 }],
  ])('%j × 10^%i is %j, with no binary rounding', (number, places, expected) => {
    expect(rescale(number, places)).toEqual(expected)
  })
})
