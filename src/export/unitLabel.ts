import type { Label, Multiplier, Unit } from '../types.js'

const SCALE_ZH: Readonly<Record<Multiplier, string>> = { 0: '', 4: '万', 8: '亿', 9: '十亿' }
const SCALE_EN: Readonly<Record<Multiplier, string>> = { 0: '', 4: '10 thousand ', 8: '100 million ', 9: 'billion ' }

/**
 * A readable name of a unit with its power of ten, in Chinese and English:
 * `{ zh: '亿元', en: '100 million CNY' }` for CNY × 10^8.
 *
 * @param unit - The base unit.
 * @param multiplier - The power of ten.
 * @param counter - For counts: what is counted (家 / enterprises); a plain count otherwise.
 * @returns The unit name in both languages.
 */
export function unitLabel(unit: Unit, multiplier: Multiplier, counter?: Label): { readonly zh: string; readonly en: string } {
  const base = {
    CNY: { zh: '元', en: 'CNY' },
    USD: { zh: '美元', en: 'USD' },
    percent: { zh: '%', en: 'percent' },
    count: { zh: counter?.zh ?? '个', en: counter?.en ?? 'count' },
    rank: { zh: '位', en: 'rank' },
  }[unit]
  return { zh: `${SCALE_ZH[multiplier]}${base.zh}`, en: `${SCALE_EN[multiplier]}${base.en}` }
}
