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
