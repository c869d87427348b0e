import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { observations, targets } from '../src/data/collections.js'
import { isCdhtDataError } from '../src/errors.js'
import { cagr } from '../src/growth/cagr.js'
import { growthRate } from '../src/growth/growthRate.js'
import { growthSeries } from '../src/growth/growthSeries.js'
import { impliedPrevious } from '../src/growth/impliedPrevious.js'
import { asOf } from '../src/query/asOf.js'
import { getObservation } from '../src/query/getObservation.js'
import { assessTarget } from '../src/targets/assessTarget.js'
import { daysLeft } from '../src/targets/daysLeft.js'
import { onPace } from '../src/targets/onPace.js'
import { periodElapsed } from '../src/targets/periodElapsed.js'
import { requiredGrowth } from '../src/targets/requiredGrowth.js'
import { targetGap } from '../src/targets/targetGap.js'
import { format } from '../src/units/format.js'
import { fractionToPercent } from '../src/units/fractionToPercent.js'
import { percentToFraction } from '../src/units/percentToFraction.js'
import { rescale } from '../src/units/rescale.js'
import { toUnits } from '../src/units/toUnits.js'
import { anyValue, corrupted, type FuzzArgument, fuzzTypedErrors } from './_fuzz.js'

// Every public function of src/growth, src/targets, src/units and src/errors, given any JavaScript
// value for any one argument, returns a valid result (finite numbers, frozen objects) or throws a
// CdhtDataError naming an argument (issue 11, "Every bad input gets our typed error").

const gdp2023 = getObservation('gdp-2023')
const gdp2022 = getObservation('gdp-2022')
const gdpTarget = targets.find((target) => target.id === 'gdp-target-2021')!
const level = (name: string): FuzzArgument => ({ name, valid: fc.constantFrom(gdp2023, gdp2022), malformed: corrupted(gdp2023) })
const targetArg: FuzzArgument = { name: 'target', valid: fc.constantFrom(...targets, ...targets.map((target) => target.id)), malformed: corrupted(gdpTarget) }
const positiveNumber = fc.double({ min: 1, max: 1e6, noNaN: true })
const day = fc.constantFrom('2021-06-30', '2024-01-01', new Date('2025-03-01T12:00:00'))
const actual = (name: string): FuzzArgument => ({ name, valid: fc.constantFrom(2700, 2800.6, getObservation('gdp-2021')), malformed: corrupted(getObservation('gdp-2021')) })
const multiplier = (name: string): FuzzArgument => ({ name, valid: fc.constantFrom(0, 4, 8, 9) })
const decimalArg = (name: string): FuzzArgument => ({ name, valid: fc.oneof(positiveNumber, fc.constantFrom('3201.2', '1.5e3')) })

const cases: readonly (readonly [string, (...args: unknown[]) => unknown, readonly FuzzArgument[]])[] = [
  ['growthRate (numbers)', (a, b) => growthRate(a as number, b as number), [{ name: 'current', valid: positiveNumber }, { name: 'previous', valid: positiveNumber }]],
  ['growthRate (observations)', (a, b) => growthRate(a as never, b as never), [level('current'), level('previous')]],
  ['cagr (numbers)', (a, b, c) => cagr(a as number, b as number, c as number), [{ name: 'first', valid: positiveNumber }, { name: 'last', valid: positiveNumber }, { name: 'years', valid: fc.integer({ min: 1, max: 30 }) }]],
  ['cagr (observations)', (a, b, c) => cagr(a as never, b as never, c as never), [level('first'), level('last'), { name: 'years', valid: fc.constantFrom(undefined, 1) }]],
  ['impliedPrevious (numbers)', (a, b) => impliedPrevious(a as number, b as number), [{ name: 'current', valid: positiveNumber }, { name: 'growthPercent', valid: fc.double({ min: -50, max: 50, noNaN: true }) }]],
  [
    'impliedPrevious (observations)',
    (a, b) => impliedPrevious(a as never, b as never),
    [level('current'), { name: 'growth', valid: fc.constant(getObservation('gdp-growth-2023')), malformed: corrupted(getObservation('gdp-growth-2023')), aliases: ['growthPercent'] }],
  ],
  [
    'growthSeries',
    (a, b) => growthSeries(a as never, b as never),
    [
      { name: 'indicator', valid: fc.constantFrom('gdp', 'foreign-trade', 'industrial-output') },
      { name: 'options', valid: fc.constantFrom(undefined, {}, { scope: 'bonded-zone' }, { dataset: asOf('2024-03-01') }), malformed: corrupted({ scope: 'cdht', dataset: asOf('2024-03-01') }) },
    ],
  ],
  ['targetGap', (a, b) => targetGap(a as never, b as never), [targetArg, actual('actual')]],
  ['requiredGrowth', (a, b, c) => requiredGrowth(a as never, b as never, c as never), [{ ...targetArg, valid: fc.constantFrom('gdp-target-2021', 'chip-display-terminal-output-2025') }, { name: 'current', valid: fc.constantFrom(2400, 5000) }, { name: 'options', valid: fc.constantFrom(undefined, { from: '2020-12-31' }) }]],
  ['daysLeft', (a, b) => daysLeft(a as never, b as never), [targetArg, { name: 'date', valid: day }]],
  ['periodElapsed', (a, b) => periodElapsed(a as never, b as never), [targetArg, { name: 'date', valid: day }]],
  ['onPace', (a, b, c) => onPace(a as never, b as never, c as never), [{ ...targetArg, valid: fc.constant('gdp-target-2021') }, { name: 'actual', valid: fc.constant(1200) }, { name: 'date', valid: day }]],
  [
    'assessTarget',
    (a, b) => assessTarget(a as never, b as never),
    [targetArg, { name: 'options', valid: fc.record({ on: day, actual: fc.constantFrom(undefined, 2700) }, { requiredKeys: ['on'] }), malformed: corrupted({ on: '2024-01-01', actual: 2700, dataset: asOf('2024-03-01') }) }],
  ],
  ['rescale (value)', (a, b, c) => rescale(a as never, b as never, c as never), [decimalArg('value'), multiplier('from'), multiplier('to')]],
  ['rescale (record)', (a, b) => rescale(a as never, b as never), [{ name: 'record', valid: fc.constant(gdp2023), malformed: corrupted({ value: 3201.2, multiplier: 8 }), aliases: ['value', 'from'] }, { name: 'to', valid: fc.constantFrom(0, 4, 8, 9), aliases: ['from'] }]],
  ['toUnits (value)', (a, b) => toUnits(a as never, b as never), [{ name: 'value', valid: fc.integer({ min: 0, max: 1e6 }) }, multiplier('multiplier')]],
  ['toUnits (record)', (a) => toUnits(a as never), [{ name: 'record', valid: fc.constant(gdp2023), malformed: corrupted({ value: 3201.2, multiplier: 8 }), aliases: ['value', 'multiplier'] }]],
  ['percentToFraction', (a) => percentToFraction(a as never), [decimalArg('percent')]],
  ['fractionToPercent', (a) => fractionToPercent(a as never), [decimalArg('fraction')]],
  [
    'format',
    (a, b) => format(a as never, b as never),
    [
      { name: 'record', valid: fc.constantFrom(...observations.slice(0, 20), gdpTarget), malformed: corrupted({ ...gdp2023, rankAmong: { zh: '全国', en: 'nationally', enOrigin: 'ours' } }) },
      { name: 'options', valid: fc.constantFrom(undefined, { locale: 'en' }, { locale: 'zh-CN' }), malformed: corrupted({ locale: 'en', counter: { zh: '家', en: 'firms', enOrigin: 'ours' } }) },
    ],
  ],
]

describe('every bad input gets our typed error', () => {
  it.each(cases)('%s: any value for any argument gives a valid result or a CdhtDataError naming it', (_name, call, args) => {
    fuzzTypedErrors(call, args)
  })

  it('isCdhtDataError answers a boolean for any value, never throwing', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        expect(typeof isCdhtDataError(value)).toBe('boolean')
      }),
      { numRuns: 2000 },
    )
  })

  it.each([
    ['targetGap(null)', () => targetGap(null as never), 'target'],
    ['format(null)', () => format(null as never), 'record'],
    ['rescale(0n, 0, 0)', () => rescale(0n as never, 0, 0), 'value'],
    ['percentToFraction(10n)', () => percentToFraction(10n as never), 'percent'],
    ["targetGap(t, '1e400')", () => targetGap('gdp-target-2021', '1e400' as never), 'actual'],
    ["growthRate(100, '100')", () => growthRate(100, '100' as never), 'previous'],
    ['requiredGrowth(t, 1, null)', () => requiredGrowth('gdp-target-2021', 2400, null as never), 'options'],
  ])('the reported case %s throws a CdhtDataError naming %s', (_label, call, input) => {
    expect(call).toThrow(expect.objectContaining({ name: 'CdhtDataError', input }))
  })
})
