import { describe, expect, it } from 'vitest'
import { cagr, getObservation, growthRate } from '../../src/index.js'

const message = (call: () => unknown): string => {
  try {
    call()
  } catch (error) {
    return (error as Error).message
  }
  return 'no error'
}

describe('two levels whose periods do not pair', () => {
  it('says two stock dates are not whole years apart, not that the earlier is not earlier', () => {
    const [later, earlier] = [getObservation('high-tech-enterprises-2024-02-22'), getObservation('high-tech-enterprises-2022-12-31')]
    expect(message(() => growthRate(later, earlier))).toBe('previous.period: 2022-12-31 is not a whole number of years before 2024-02-22')
    expect(message(() => cagr(earlier, later))).toBe('first.period: 2022-12-31 is not a whole number of years before 2024-02-22')
    expect(message(() => growthRate(getObservation('talent-pool-2024-02-22'), getObservation('talent-pool-2019-12-31')))).toBe(
      'previous.period: 2019-12-31 is not a whole number of years before 2024-02-22',
    )
  })

  it('says a period of the same shape is not before the other', () => {
    expect(message(() => growthRate(getObservation('gdp-2022'), getObservation('gdp-2023')))).toBe('previous.period: 2023 is not before 2022')
  })
})
