import { describe, expect, it } from 'vitest'
import { runNode, writeConsumerFile } from './_consumer.js'

describe('the packed package', () => {
  it('loads the main entry with ESM import', () => {
    const file = writeConsumerFile(
      'esm-main.mjs',
      `import { getIndicator, observations } from 'cdht-data'
       console.log(JSON.stringify({ label: getIndicator('gdp').label.en, frozen: Object.isFrozen(observations) }))`,
    )
    const result = JSON.parse(runNode(file)) as { label: unknown; frozen: unknown }
    expect(typeof result.label).toBe('string')
    expect(result.frozen).toBe(true)
  })

  it('loads the main entry with CJS require', () => {
    const file = writeConsumerFile(
      'cjs-main.cjs',
      `const { getIndicator } = require('cdht-data')
       console.log(getIndicator('gdp').unit)`,
    )
    expect(runNode(file).trim()).toBe('CNY')
  })

  it('holds the very records of data/*.json in the ESM and CJS entries, which carry them as escaped strings', () => {
    // The builds write the data as ASCII `JSON.parse('…')` strings (quotes and Chinese escaped);
    // the package's own data files are the reference.
    const check = `
       const names = ['sources', 'indicators', 'observations', 'targets', 'zones', 'industries', 'chains', 'parks', 'projects', 'plan', 'facts', 'breaks', 'errata']
       const differ = names.filter((name) => JSON.stringify(entry[name]) !== JSON.stringify(JSON.parse(readFileSync(require.resolve('cdht-data/data/' + name + '.json'), 'utf8'))))
       const quoted = entry.observations.some((o) => JSON.stringify(o).includes("'")) && entry.sources.some((s) => /[\\u4e00-\\u9fff]/.test(s.title))
       console.log(JSON.stringify({ differ, quoted }))`
    const esm = writeConsumerFile(
      'esm-data.mjs',
      `import * as entry from 'cdht-data'
       import { readFileSync } from 'node:fs'
       import { createRequire } from 'node:module'
       const require = createRequire(import.meta.url)
       ${check}`,
    )
    const cjs = writeConsumerFile('cjs-data.cjs', `const entry = require('cdht-data')\nconst { readFileSync } = require('node:fs')\n${check}`)
    expect(JSON.parse(runNode(esm))).toEqual({ differ: [], quoted: true })
    expect(JSON.parse(runNode(cjs))).toEqual({ differ: [], quoted: true })
  })

  it('shares no object with an app that requires data/*.json itself (REPORT6 §3)', () => {
    // An app's edits to the JSON it required must not reach the library, and the library must
    // not freeze the app's objects, whichever is required first.
    const file = writeConsumerFile(
      'cjs-data-shared.cjs',
      `const before = require('cdht-data/data/observations.json')
       before.find((o) => o.id === 'gdp-2023').value = 9999.9
       before.push({ ...before[0], id: 'gdp-2099', period: '2099' })
       const { getObservation, latestObservation, observations } = require('cdht-data')
       const after = require('cdht-data/data/observations.json')
       console.log(JSON.stringify({
         value: getObservation('gdp-2023').value,
         latest: latestObservation('gdp').period,
         appFrozen: Object.isFrozen(before) || Object.isFrozen(after[0]),
         libraryFrozen: Object.isFrozen(observations[0]),
       }))`,
    )
    expect(JSON.parse(runNode(file))).toEqual({ value: 3201.2, latest: '2023', appFrozen: false, libraryFrozen: true })
  })

  it('runs the helpers the same way from ESM and CJS', () => {
    const body = `
      const gdp = getObservation('gdp-2023')
      console.log(JSON.stringify([
        growthRate(gdp, getObservation('gdp-2022')).percent.toFixed(2),
        targetGap('gdp-target-2021').met,
        format(gdp, { locale: 'en' }),
        asOf('2023-03-01').observations.some((o) => o.id === 'gdp-2023'),
        (() => { try { growthRate(1, 0) } catch (error) { return isCdhtDataError(error) && error.code } })(),
      ]))`
    const names = 'asOf, format, getObservation, growthRate, isCdhtDataError, targetGap'
    const esm = writeConsumerFile('esm-helpers.mjs', `import { ${names} } from 'cdht-data'\n${body}`)
    const cjs = writeConsumerFile('cjs-helpers.cjs', `const { ${names} } = require('cdht-data')\n${body}`)
    const expected = ['6.15', true, 'CNY 320.12 billion', false, 'NOT_POSITIVE']
    expect(JSON.parse(runNode(esm))).toEqual(expected)
    expect(JSON.parse(runNode(cjs))).toEqual(expected)
  })

  it('loads the schema entry in ESM and CJS and validates the shipped data with it', () => {
    const esm = writeConsumerFile(
      'esm-schema.mjs',
      `import { collectionSchemas } from 'cdht-data/schema'
       import observations from 'cdht-data/data/observations.json' with { type: 'json' }
       console.log(collectionSchemas.observations.safeParse(observations).success)`,
    )
    const cjs = writeConsumerFile(
      'cjs-schema.cjs',
      `const { collectionSchemas } = require('cdht-data/schema')
       console.log(collectionSchemas.sources.safeParse(require('cdht-data/data/sources.json')).success)`,
    )
    expect(runNode(esm).trim()).toBe('true')
    expect(runNode(cjs).trim()).toBe('true')
  })
})
