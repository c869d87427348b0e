import { describe, expect, it } from 'vitest'
import { isCdhtDataError } from '../../src/errors.js'
import { periodBounds } from '../../src/time/periodBounds.js'

describe('periodBounds', () => {
  it.each([
    ['2023', '2023-01-01', '2023-12-31'],
    ['2021-01/2021-09', '2021-01-01', '2021-09-30'],
    ['2024-01/2024-02', '2024-01-01', '2024-02-29'],
    ['2023-01/2023-02', '2023-01-01', '2023-02-28'],
    ['2023-11/2024-04', '2023-11-01', '2024-04-30'],
    ['2024-02-23', '2024-02-23', '2024-02-23'],
    ['2024-02-29', '2024-02-29', '2024-02-29'],
  ])('%s runs from %s to %s', (period, start, end) => {
    expect(periodBounds(period)).toEqual({ start, end })
  })

  it.each(['', '23', '2023-13', '2023-02-30', '2023-02-29', '2023-09/2023-01', '2023Q1', ' 2023', '2023-1/2023-9'])(
    'refuses %j with INVALID_PERIOD',
    (period) => {
      let caught: unknown
      try {
        periodBounds(period)
      } catch (error) {
        caught = error
      }
      expect(isCdhtDataError(caught) && caught.code).toBe('INVALID_PERIOD')
    },
  )
})

describe('periodBounds results', () => {
  it.each([['2023'], ['2021-01/2021-09'], ['2024-02-22']])('are frozen (%s)', (period) => {
    expect(Object.isFrozen(periodBounds(period))).toBe(true)
  })
})
