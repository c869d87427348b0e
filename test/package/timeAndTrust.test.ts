import { describe, expect, it } from 'vitest'
import { runNode, writeConsumerFile } from './_consumer.js'

// Issue 11 against what users download: calendar days are Beijing's under any host zone, as-of
// views cite only what was published by then, bad input gets the typed error, and nothing
// returned can be changed — the same from ESM import and CJS require.
const BODY = `
  const t = 'talent-apartments-raised-2024'
  const view = asOf('2020-01-01')
  const published = new Map(view.sources.map((s) => [s.id, s.published]))
  const cited = [...view.observations, ...view.targets, ...view.zones, ...view.facts, ...view.chains].every((r) => published.has(r.source))
  const code = (action) => { try { action(); return 'none' } catch (error) { return isCdhtDataError(error) ? error.code + ':' + error.input : 'bare ' + error.name } }
  const series = observationSeries('gdp')
  let mutated = 'frozen'
  try { series.reverse() } catch { mutated = 'refused' }
  console.log(JSON.stringify({
    days: [daysLeft(t, new Date('2024-12-31')), daysLeft(t, '2025-01-01T00:30:00+08:00'), daysLeft(t, '2024-12-31')],
    outcome: [assessTarget('gdp-target-2021', { on: '2026-11-30' }).outcome, assessTarget(t, { on: new Date('2024-06-30T20:00:00Z') }).outcome],
    cited,
    chains: view.chains.length,
    errors: [code(() => targetGap(null)), code(() => format(null)), code(() => rescale(0n, 0, 0)), code(() => targetGap('gdp-target-2021', '1e400'))],
    mutated,
    latest: latestObservation('gdp').period,
    exact: targetGap('bio-industry-scale-bio-town-2024', 1110.7 + 489.3).met,
  }))
`
const NAMES = 'asOf, assessTarget, daysLeft, format, isCdhtDataError, latestObservation, observationSeries, rescale, targetGap'

describe('time and trust in the packed package', () => {
  it('gives the same answers from ESM and CJS under five host time zones', () => {
    const esm = writeConsumerFile('trust-esm.mjs', `import { ${NAMES} } from 'cdht-data'\n${BODY}`)
    const cjs = writeConsumerFile('trust-cjs.cjs', `const { ${NAMES} } = require('cdht-data')\n${BODY}`)
    const runs = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Apia'].flatMap((TZ) => [runNode(esm, { TZ }), runNode(cjs, { TZ })])
    expect(new Set(runs).size).toBe(1)
    const result = JSON.parse(runs[0]!) as Record<string, unknown>
    expect(result).toEqual({
      // 2024-12-31T00:00Z is 08:00 on 2024-12-31 in Beijing; 00:30 on 1 January in Beijing is past the deadline.
      days: [0, -1, 0],
      // 2024-06-30T20:00Z is already 1 July in Beijing, still before the deadline.
      outcome: ['met', 'pending'],
      cited: true,
      chains: 0,
      errors: ['INVALID_ARGUMENT:target', 'INVALID_ARGUMENT:record', 'NOT_FINITE:value', 'NOT_FINITE:actual'],
      mutated: 'refused',
      latest: '2023',
      exact: false,
    })
  })
})
