import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { availableFrom } from '../../src/_internal/availableFrom.js'
import type { SeriesBreak, Source } from '../../src/types.js'
import { GENERATED_BANNER } from './generateIds.js'

interface IndicatorRecord {
  readonly id: string
  readonly kind: 'flow' | 'stock'
  readonly counter?: { readonly zh: string; readonly en: string; readonly enOrigin?: string }
}

const entries = (pairs: readonly (readonly [string, unknown])[]): string => pairs.map(([id, value]) => `  [${JSON.stringify(id)}, ${JSON.stringify(value)}],`).join('\n')

/**
 * The source text of src/data/lookups.ts: the few fields of the indicator catalogue and the
 * sources that helpers read (flow or stock, the counter of a count, the day a source's figures
 * can be known), as small maps, so a helper that needs one field does not pull a whole
 * collection (definitions, labels, titles, notes) into an app's bundle.
 */
export function generateLookupsModule(dataDir: string): string {
  const indicators = JSON.parse(readFileSync(join(dataDir, 'indicators.json'), 'utf8')) as IndicatorRecord[]
  const counted = indicators.filter((indicator) => indicator.counter !== undefined)
  const breaks = JSON.parse(readFileSync(join(dataDir, 'breaks.json'), 'utf8')) as SeriesBreak[]
  const sources = JSON.parse(readFileSync(join(dataDir, 'sources.json'), 'utf8')) as Source[]
  const dated = sources.flatMap((source) => {
    const day = availableFrom(source)
    return day === null ? [] : [[source.id, day] as const]
  })
  return [
    GENERATED_BANNER,
    "import type { BreakKey } from '../_internal/breaks.js'",
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
    '/** The first day each dated source\'s figures can be known, by the as-of rule (`availableFrom` in src/_internal/availableFrom.ts), from `data/sources.json`. */',
    'export const sourceAvailableFrom: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([',
    entries(dated),
    '])',
    '',
    '/** What the crossing rule reads of each break in series (src/_internal/breaks.ts), from `data/breaks.json`. */',
    'export const seriesBreakKeys: readonly BreakKey[] = [',
    breaks.map(({ id, kind, indicator, scope, from }) => `  ${JSON.stringify({ id, kind, indicator, scope, from })},`).join('\n'),
    ']',
    '',
  ].join('\n')
}
