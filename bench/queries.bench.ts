import { bench, describe } from 'vitest'
import { observations, targets } from '../src/data/collections.js'
import { growthRate } from '../src/growth/growthRate.js'
import { growthSeries } from '../src/growth/growthSeries.js'
import { asOf } from '../src/query/asOf.js'
import { findObservation } from '../src/query/findObservation.js'
import { getObservation } from '../src/query/getObservation.js'
import { latestObservation } from '../src/query/latestObservation.js'
import { observationSeries } from '../src/query/observationSeries.js'
import { targetGap } from '../src/targets/targetGap.js'
import { format } from '../src/units/format.js'
import { toUnits } from '../src/units/toUnits.js'

// Each benchmark walks the whole dataset once per iteration, so a result reads as "the whole
// dataset, once": divide by the record count for one call. Results go in docs/performance.md.

const levels = observations.filter((o) => o.measure === 'level')
const days = ['2019-06-30', '2021-11-03', '2023-02-20', '2024-02-23', '2025-12-31']
// Where the data has no actual for a target, the caller's is its own value, as a user would pass one.
const actuals = targets.map((target) => {
  const known = findObservation(target.indicator, target.period, { scope: target.scope, measure: target.measure })
  return known === undefined ? target.value : undefined
})

describe(`lookups over all ${observations.length} observations`, () => {
  bench('getObservation by id', () => {
    for (const observation of observations) getObservation(observation.id)
  })
  bench('findObservation by (indicator, period, scope, measure)', () => {
    for (const o of observations) findObservation(o.indicator, o.period, { scope: o.scope, measure: o.measure })
  })
  bench('observationSeries of each observation’s series', () => {
    for (const o of observations) observationSeries(o.indicator, { scope: o.scope, measure: o.measure })
  })
  bench('latestObservation of each observation’s series', () => {
    for (const o of observations) latestObservation(o.indicator, { scope: o.scope, measure: o.measure })
  })
})

describe(`asOf over ${days.length} days`, () => {
  bench('asOf(day): build the view', () => {
    for (const day of days) asOf(day)
  })
  bench('asOf(day) then findObservation for every observation (first query builds the view’s index)', () => {
    for (const day of days) {
      const dataset = asOf(day)
      for (const o of observations) findObservation(o.indicator, o.period, { scope: o.scope, measure: o.measure, dataset })
    }
  })
})

describe(`targetGap over all ${targets.length} targets`, () => {
  bench('targetGap, the actual from the data or the caller', () => {
    targets.forEach((target, index) => targetGap(target, actuals[index]))
  })
  bench('targetGap by id', () => {
    targets.forEach((target, index) => targetGap(target.id, actuals[index]))
  })
})

describe('numeric helpers over all level observations', () => {
  bench(`growthRate of ${levels.length} pairs of numbers`, () => {
    for (const o of levels) growthRate(o.value + 1, o.value + 2)
  })
  bench('growthSeries of every indicator', () => {
    for (const o of levels) growthSeries(o.indicator, { scope: o.scope })
  })
  bench(`toUnits of ${levels.length} values`, () => {
    for (const o of levels) if (o.unit !== 'rank') toUnits(o.value, o.multiplier)
  })
  bench(`format of ${observations.length} observations (zh-CN)`, () => {
    for (const o of observations) format(o)
  })
})
