import { describe, expect, it } from 'vitest'
import { unitLabel } from '../../src/export/unitLabel.js'
import type { Multiplier, Unit } from '../../src/types.js'

describe('unitLabel', () => {
  it.each<[Unit, Multiplier, string, string]>([
    ['CNY', 8, '亿元', '100 million CNY'],
    ['CNY', 4, '万元', '10 thousand CNY'],
    ['CNY', 9, '十亿元', 'billion CNY'],
    ['CNY', 0, '元', 'CNY'],
    ['percent', 0, '%', 'percent'],
    ['count', 0, '个', 'count'],
    ['rank', 0, '位', 'rank'],
  ])('%s × 10^%i is %s (%s)', (unit, multiplier, zh, en) => {
    expect(unitLabel(unit, multiplier)).toEqual({ zh, en })
  })

  it('names what a count counts when the indicator says', () => {
    expect(unitLabel('count', 4, { zh: '家', en: 'enterprises', enOrigin: 'ours' })).toEqual({ zh: '万家', en: '10 thousand enterprises' })
  })
})
