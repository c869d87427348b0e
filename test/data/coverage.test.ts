import { describe, expect, it } from 'vitest'
import { observations, zones } from './_sources.js'

// The bonded zone's figures come with and without the Shuangliu area: each must say which (or
// that the source does not), and no other scope carries a coverage.
const bondedZones = new Set(zones.filter((zone) => zone.kind === 'bonded-zone').map((zone) => zone.id))

describe('bonded-zone coverage', () => {
  it('every bonded-zone observation states its coverage', () => {
    const bad = observations
      .filter((record) => bondedZones.has(record.scope) && record.coverage === undefined)
      .map((record) => `${record.id}: no coverage for "${record.passage}"`)
    expect(bad).toEqual([])
  })

  it('coverage only on bonded-zone observations', () => {
    const bad = observations
      .filter((record) => !bondedZones.has(record.scope) && record.coverage !== undefined)
      .map((record) => `${record.id} (${record.scope}): coverage ${String(record.coverage)} on "${record.passage}"`)
    expect(bad).toEqual([])
  })

  it('含/不含双流园区 in the passage decides the coverage', () => {
    const bad = observations
      .filter((record) => record.coverage !== undefined)
      .flatMap((record) => {
        const stated = /不含[双雙]流/.test(record.passage) ? 'without-shuangliu' : /含[双雙]流/.test(record.passage) ? 'with-shuangliu' : undefined
        return stated === undefined || stated === record.coverage ? [] : [`${record.id}: coverage ${String(record.coverage)}, but "${record.passage}" says ${stated}`]
      })
    expect(bad).toEqual([])
    expect(observations.some((record) => record.coverage === 'without-shuangliu')).toBe(true)
  })
})
