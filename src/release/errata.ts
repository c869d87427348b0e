import errataJson from '../../data/errata.json' with { type: 'json' }
import { deepFreeze } from '../_internal/deepFreeze.js'
import type { Erratum } from './types.js'

// data/errata.json is checked against ErratumSchema by test/release, which makes the cast safe.

/**
 * Every correction made to a published record, oldest first: the record, the field, the old and
 * new values, the reason, the date and the source. Also shipped as `cdht-data/data/errata.json`.
 *
 * @category Release
 * @example
 * ```ts
 * import { errata } from 'cdht-data'
 * console.log(Array.isArray(errata))
 * //=> true
 * ```
 */
export const errata: readonly Erratum[] = /* @__PURE__ */ deepFreeze(errataJson as unknown as Erratum[])
