import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeConsumerFile } from './_consumer.js'

const tsc = resolve(import.meta.dirname, '../../node_modules/typescript/bin/tsc')

// What an app developer writes: typed lookups, a misspelt id that must be a type error, and the
// schema entry. Type-checked against the installed tarball's .d.ts / .d.cts files.
const consumerSource = `
import { getIndicator, type Indicator, type IndicatorId } from 'cdht-data'
import { collectionSchemas } from 'cdht-data/schema'

const id: IndicatorId = 'gdp'
const gdp: Indicator = getIndicator(id)
export const unit: 'CNY' | 'USD' | 'percent' | 'count' | 'rank' = gdp.unit
// @ts-expect-error a misspelt id is a type error
getIndicator('gpd')
export const parsed: boolean = collectionSchemas.indicators.safeParse([]).success
`

/** Runs tsc on a consumer file; returns its diagnostics ('' when clean). */
function typecheck(moduleResolution: 'node16' | 'bundler', extension: 'mts' | 'cts' | 'ts'): string {
  const dir = `typecheck-${moduleResolution}-${extension}`
  writeConsumerFile(`${dir}/consumer.${extension}`, consumerSource)
  const compilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    target: 'es2022',
    module: moduleResolution === 'bundler' ? 'esnext' : 'node16',
    moduleResolution,
    types: [],
  }
  const project = writeConsumerFile(
    `${dir}/tsconfig.json`,
    JSON.stringify({ compilerOptions, files: [`consumer.${extension}`] }),
  )
  const result = spawnSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8' })
  return `${result.stdout}${result.stderr}`.trim()
}

describe('types of the packed package', () => {
  it.each([
    ['node16', 'mts'],
    ['node16', 'cts'],
    ['bundler', 'ts'],
  ] as const)('type-check a consumer file under moduleResolution %s (.%s)', (resolution, extension) => {
    expect(typecheck(resolution, extension)).toBe('')
  })
})
