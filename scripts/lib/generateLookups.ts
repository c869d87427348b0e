import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { GENERATED_BANNER } from './generateIds.js'

interface IndicatorRecord {
  readonly id: string
  readonly kind: 'flow' | 'stock'
  readonly counter?: { readonly zh: string; readonly en: string; readonly enOrigin?: string }
}

const entries = (pairs: readonly (readonly [string, unknown])[]): string => pairs.map(([id, value]) => `  [${JSON.stringify(id)}, ${JSON.stringify(value)}],`).join('\n')

/**
 * The source text of src/data/lookups.ts: the few fields of the indicator catalogue that helpers
 * read (flow or stock, the counter of a count), as small maps, so a helper that needs one field
 * does not pull the whole catalogue (definitions, labels, notes) into an app's bundle.
 */
export function generateLookupsModule(dataDir: string): string {
  const indicators = JSON.parse(readFileSync(join(dataDir, 'indicators.json'), 'utf8')) as IndicatorRecord[]
  const counted = indicators.filter((indicator) => indicator.counter !== undefined)
  return [
    GENERATED_BANNER,
    "import type { Label } from '../types.js'",
    '',
    '/** Whether each indicator is a flow (summed over its period) or a stock (a level on a day), from `data/indicators.json`. */',
    'export const indicatorKinds: ReadonlyMap<string, \'flow\' | \'stock\'> = /* @__PURE__ */ new Map([',
    entries(indicators.map((indicator) => [indicator.id, indicator.kind])),
    '])',
    '',
    '/** The counter of each indicator that counts things (个, 家), from `data/indicators.json`. */',
    'export const indicatorCounters: ReadonlyMap<string, Label> = /* @__PURE__ */ new Map([',
    entries(counted.map((indicator) => [indicator.id, indicator.counter])),
    '])',
    '',
  ].join('\n')
}
