import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isCdhtDataError } from '../../src/errors.js'
import { asOf } from '../../src/query/asOf.js'
import { findObservation } from '../../src/query/findObservation.js'
import { getChain } from '../../src/query/getChain.js'
import { getFact } from '../../src/query/getFact.js'
import { getIndicator } from '../../src/query/getIndicator.js'
import { getIndustry } from '../../src/query/getIndustry.js'
import { getObservation } from '../../src/query/getObservation.js'
import { getPark } from '../../src/query/getPark.js'
import { getPlanItem } from '../../src/query/getPlanItem.js'
import { getProject } from '../../src/query/getProject.js'
import { getSource } from '../../src/query/getSource.js'
import { getTarget } from '../../src/query/getTarget.js'
import { getZone } from '../../src/query/getZone.js'
import { latestObservation } from '../../src/query/latestObservation.js'
import { observationSeries } from '../../src/query/observationSeries.js'
import { observationVintages } from '../../src/query/observationVintages.js'
import { targetsByZone } from '../../src/query/targetsByZone.js'

type AnyFunction = (...args: unknown[]) => unknown

// Each query, the names of its arguments, and real values to mix with the random ones (so the
// property also reaches the checks after the first argument).
const QUERIES: readonly { name: string; fn: AnyFunction; args: readonly string[]; real: readonly unknown[][] }[] = [
  { name: 'asOf', fn: asOf as AnyFunction, args: ['date'], real: [['2024-02-23'], [new Date(0)]] },
  { name: 'findObservation', fn: findObservation as AnyFunction, args: ['indicator', 'period', 'options'], real: [['gdp', 'bonded-zone'], ['2023', '2021-01/2021-09'], [{ measure: 'growth' }, { scope: 'bonded-zone' }, { dataset: asOf('2024-02-23') }]] },
  { name: 'observationVintages', fn: observationVintages as AnyFunction, args: ['indicator', 'period', 'options'], real: [['gdp'], ['2023'], [{ scope: 'cdht' }]] },
  { name: 'observationSeries', fn: observationSeries as AnyFunction, args: ['indicator', 'options'], real: [['gdp'], [{ measure: 'level' }, { dataset: asOf('2023-06-01') }]] },
  { name: 'latestObservation', fn: latestObservation as AnyFunction, args: ['indicator', 'options'], real: [['gdp'], [{ scope: 'bonded-zone' }]] },
  { name: 'targetsByZone', fn: targetsByZone as AnyFunction, args: ['zone', 'options'], real: [['cdht'], [{ dataset: asOf('2024-02-23') }]] },
  ...(
    [
      ['getChain', getChain],
      ['getFact', getFact],
      ['getIndicator', getIndicator],
      ['getIndustry', getIndustry],
      ['getObservation', getObservation],
      ['getPark', getPark],
      ['getPlanItem', getPlanItem],
      ['getProject', getProject],
      ['getSource', getSource],
      ['getTarget', getTarget],
      ['getZone', getZone],
    ] as const
  ).map(([name, fn]) => ({ name, fn: fn as AnyFunction, args: ['id'], real: [['cdht', 'gdp', 'gdp-2023']] })),
]

const named = (input: string, args: readonly string[]): boolean => args.some((arg) => input === arg || input.startsWith(`${arg}.`))

describe('every query, given any value for any argument', () => {
  it.each(QUERIES)('$name returns a result or throws CdhtDataError naming the argument', ({ fn, args, real }) => {
    const argument = (at: number): fc.Arbitrary<unknown> => fc.oneof(fc.anything(), fc.constantFrom(...(real[at] ?? [undefined])))
    fc.assert(
      fc.property(fc.tuple(...args.map((_, at) => argument(at))), (values) => {
        try {
          fn(...values)
        } catch (error) {
          expect(isCdhtDataError(error), String(error)).toBe(true)
          expect(named((error as { input: string }).input, args), (error as Error).message).toBe(true)
        }
      }),
      { numRuns: 1500 },
    )
  })
})
