import { describe, expect, it } from 'vitest'
import { assessTarget, cagr, findObservation, format, getObservation, getTarget, growthRate, growthSeries, impliedPrevious, requiredGrowth, rescale, targetGap, targetsByZone, toUnits } from '../../src/index.js'
import { observations, targets } from '../../src/data/collections.js'
import { checkObservation, checkTarget } from '../../src/_internal/recordShape.js'

const refused = (input: string, code = 'INVALID_ARGUMENT'): Error => expect.objectContaining({ name: 'CdhtDataError', code, input }) as Error

describe('a record is what its status says', () => {
  const target = { ...getTarget('gdp-target-2021'), bound: 'exact' }
  const asTarget = { ...structuredClone(getObservation('gdp-2021')), status: 'target' }

  it('refuses a target (or an observation marked target) where an actual belongs, naming its status', () => {
    // The target "met" itself, and gave a growth rate from a goal.
    expect(() => assessTarget('gdp-target-2021', { on: '2024-01-01', actual: target as never })).toThrow(refused('options.actual.status'))
    expect(() => growthRate(target as never, getObservation('gdp-2020'))).toThrow(refused('current.status'))
    expect(() => growthRate(getObservation('gdp-2021'), { ...getObservation('gdp-2020'), status: 'plan' } as never)).toThrow(refused('previous.status'))
    expect(() => targetGap('gdp-target-2021', asTarget as never)).toThrow(refused('actual.status'))
  })

  it('refuses an observation where a target belongs, naming its status', () => {
    const actual = { ...structuredClone(getTarget('gdp-target-2021')), status: 'actual' }
    expect(() => targetGap(actual as never, 2800)).toThrow(refused('target.status'))
  })

  it('accepts every shipped record as what it is', () => {
    for (const record of observations) expect(() => checkObservation(record, record.id)).not.toThrow()
    for (const record of targets) expect(() => checkTarget(record, record.id)).not.toThrow()
    expect(new Set(targets.map((record) => record.status))).toEqual(new Set(['target', 'plan']))
  })
})

describe('an object that throws when read (a revoked proxy)', () => {
  const revoked = (): never => {
    const { proxy, revoke } = Proxy.revocable(structuredClone(getObservation('gdp-2023')), {})
    revoke()
    return proxy as never
  }

  it.each([
    ['format record', () => format(revoked()), 'record'],
    ['format options', () => format(getObservation('gdp-2023'), revoked()), 'options'],
    ['targetGap actual', () => targetGap('gdp-target-2021', revoked()), 'actual'],
    ['targetGap target', () => targetGap(revoked(), 2600), 'target'],
    ['growthRate', () => growthRate(revoked(), getObservation('gdp-2022')), 'current'],
    ['cagr', () => cagr(revoked(), getObservation('gdp-2023')), 'first'],
    ['findObservation options', () => findObservation('gdp', '2023', revoked()), 'options'],
    ['findObservation options.dataset', () => findObservation('gdp', '2023', { dataset: revoked() }), 'options.dataset'],
    ['assessTarget options', () => assessTarget('gdp-target-2021', revoked()), 'options'],
    ['assessTarget options.actual', () => assessTarget('gdp-target-2021', { on: '2024-01-01', actual: revoked() }), 'options.actual'],
    ['requiredGrowth options', () => requiredGrowth('gdp-target-2021', 100, revoked()), 'options'],
    ['targetsByZone options', () => targetsByZone('cdht', revoked()), 'options'],
    ['rescale record', () => rescale(revoked(), 4), 'value'],
    ['toUnits record', () => toUnits(revoked()), 'value'],
  ])('%s: INVALID_ARGUMENT naming %s, never a TypeError', (_name, call, input) => {
    expect(call).toThrow(refused(input))
    expect(call).toThrow(/reading it throws/)
  })
})

describe('options and optional fields are read from own properties only', () => {
  it('reads no inherited option: an object that inherits options is no plain object', () => {
    expect(() => findObservation('gdp', '2023', Object.create({ scope: 'bonded-zone' }) as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', input: 'options' }))
    expect(findObservation('gdp', '2023', Object.create(null) as never)?.id).toBe('gdp-2023')
  })

  it.each([
    ['basis', 'real'],
    ['scope', 'bonded-zone'],
    ['bound', 'lower'],
    ['comparator', 'gt'],
    ['measure', 'share'],
    ['coverage', 'unstated'],
    ['dataset', {}],
    ['locale', 'en'],
  ])('ignores a polluted Object.prototype.%s', (key, value) => {
    const gdp = structuredClone(getObservation('gdp-2023'))
    const rate = growthRate(gdp, getObservation('gdp-2022')).percent
    const prototype = Object.prototype as Record<string, unknown>
    try {
      prototype[key] = value
      expect(findObservation('gdp', '2023')?.id).toBe('gdp-2023')
      expect(format({ value: 1, decimals: 0, unit: 'CNY', multiplier: 8 })).toBe('1亿元')
      expect(format({ value: 1, decimals: 0, unit: 'CNY', multiplier: 8 }, { locale: 'en' })).toBe('CNY 100 million')
      // A caller's record without a coverage of its own states none: it is comparable.
      expect(growthRate(gdp, structuredClone(getObservation('gdp-2022'))).percent).toBe(rate)
      expect(growthSeries('gdp').length).toBeGreaterThan(5)
      expect(requiredGrowth('gdp-target-2021', structuredClone(getObservation('gdp-2020'))).years).toBe(1)
      const growth = structuredClone(getObservation('gdp-growth-2023')) as unknown as Record<string, unknown>
      Reflect.deleteProperty(growth, 'basis')
      // A growth without a basis of its own states none: refused, whatever the prototype says.
      expect(() => impliedPrevious(getObservation('gdp-2023'), growth as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT', input: 'growth.basis' }))
    } finally {
      Reflect.deleteProperty(prototype, key)
    }
  })
})

describe('a caller’s record is read once: what is checked is what is used and handed back', () => {
  /** A copy of `record` whose `key` reads `first`, then `later` on every read after. */
  function flipping<T extends object>(record: T, key: string, first: unknown, later: unknown): T {
    let reads = 0
    return Object.defineProperty(structuredClone(record), key, { get: () => (reads++ ? later : first), enumerable: true })
  }

  it('targetGap and assessTarget judge and hand back the value they checked', () => {
    const gap = targetGap(flipping(getTarget('gdp-target-2021'), 'value', 2600, 1e9), 2800.6)
    expect([gap.target.value, gap.gap, gap.met]).toEqual([2600, -200.6, true])
    const withActual = targetGap('gdp-target-2021', flipping(getObservation('gdp-2021'), 'value', 2800.6, 1))
    expect([withActual.actual, withActual.observation?.value, withActual.met]).toEqual([2800.6, 2800.6, true])
    const assessed = assessTarget('gdp-target-2021', { on: '2024-01-01', actual: flipping(getObservation('gdp-2021'), 'value', 2800.6, 1) })
    expect([assessed.outcome, assessed.evidence?.value]).toEqual(['met', 2800.6])
  })
})
