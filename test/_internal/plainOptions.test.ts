import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { assessTarget, findObservation, format, getObservation, growthSeries, requiredGrowth, targetsByZone } from '../../src/index.js'

// REPORT9 §8: a Date (or a Map, a class instance) holds no options, so it answered as if none
// were given; `locale: null` read as left out and printed Chinese. Options are a plain object,
// of any realm, and an option is given or left out.
const gdp = getObservation('gdp-2023')
const refused = (input: string): unknown => expect.objectContaining({ code: 'INVALID_ARGUMENT', input })
class Options {
  locale = 'en'
}

const calls: readonly (readonly [string, (options: unknown) => unknown])[] = [
  ['format', (options) => format(gdp, options as never)],
  ['assessTarget', (options) => assessTarget('gdp-target-2021', options as never)],
  ['findObservation', (options) => findObservation('gdp', '2023', options as never)],
  ['targetsByZone', (options) => targetsByZone('cdht', options as never)],
  ['growthSeries', (options) => growthSeries('gdp', options as never)],
  ['requiredGrowth', (options) => requiredGrowth('gdp-target-2021', getObservation('gdp-2020'), options as never)],
]

describe('options are a plain object', () => {
  it.each(calls)('%s refuses a Date, a Map, a class instance and another realm’s Date, naming options', (_name, call) => {
    for (const options of [new Date('x'), new Map(), new Options(), runInNewContext('new Date()') as unknown]) {
      expect(() => call(options)).toThrow(refused('options'))
    }
  })

  it.each(calls)('%s takes a plain object, one without a prototype, and one of another realm', (_name, call) => {
    for (const options of [{}, Object.create(null) as unknown, runInNewContext('({})') as unknown]) {
      expect(call(options)).toBeDefined()
    }
  })

  it('format reads locale from an object of another realm', () => {
    expect(format(gdp, runInNewContext('({ locale: "en" })') as never)).toBe('CNY 320.12 billion')
  })

  it('an option given as null is refused, naming it, not read as left out', () => {
    expect(() => format(gdp, { locale: null } as never)).toThrow(refused('options.locale'))
    expect(() => assessTarget('gdp-target-2021', { on: null } as never)).toThrow(refused('options.on'))
    expect(() => findObservation('gdp', '2023', { scope: null } as never)).toThrow(refused('options.scope'))
  })
})
