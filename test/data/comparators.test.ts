import { describe, expect, it } from 'vitest'
import { targets } from './_sources.js'

// A target's comparator is read from its words: 超/超过/突破 ("more than": reaching the value is
// not enough) → gt; 达到/达/以上 ("at least"; 將達到 in traditional characters, "will reach" in
// English) → gte. Without such a word, a goal the zone strives for (力争实现2600亿元, a main
// target of 增长11%) is met by reaching it → gte, while a planned quantity (按需筹集…1580套) is
// the quantity itself → eq. 规模以上 and 限额以上 ("above designated size/limit") are names of
// statistics, not bounds.
function comparatorOf(passage: string, status: string): 'gt' | 'gte' | 'eq' {
  const words = passage.replace(/规模以上|限额以上/g, '')
  if (/超|突破|more than/.test(words)) return 'gt'
  if (/达|達|以上|reach/.test(words)) return 'gte'
  return status === 'target' ? 'gte' : 'eq'
}

describe('comparators follow the wording', () => {
  it('the rule reads the words it is given', () => {
    const plan = (passage: string): string => comparatorOf(passage, 'plan')
    expect(['突破1600亿元', '超过3000亿元', '三级医院达到10家', '3200套以上', '將達到1,500億元', 'will reach 400 billion yuan', '按需筹集新建人才公寓1580套', '规模以上工业增加值增长12%'].map(plan)).toEqual(
      ['gt', 'gt', 'gte', 'gte', 'gte', 'gte', 'eq', 'eq'],
    )
    expect(['力争全年实现地区生产总值2600亿元', '规模以上工业增加值增长12%', '力争生物产业规模突破1600亿元'].map((passage) => comparatorOf(passage, 'target'))).toEqual(['gte', 'gte', 'gt'])
  })

  it('each target\'s comparator is the one its passage states', () => {
    const bad = targets
      .filter((target) => target.comparator !== comparatorOf(target.passage, target.status))
      .map((target) => `${target.id}: comparator ${target.comparator}, the words say ${comparatorOf(target.passage, target.status)}: "${target.passage}"`)
    expect(bad).toEqual([])
  })

  it('every comparator is used, so the rule is exercised both ways', () => {
    expect(new Set(targets.map((target) => target.comparator))).toEqual(new Set(['gt', 'gte', 'eq']))
  })
})
