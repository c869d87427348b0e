import { describe, expect, it } from 'vitest'
import { type Cited, type PlanRecord, observations, plan, readCollection, zones } from './_sources.js'

// Where the source declares how many of something there are, the records that name them must
// not outnumber it, and must match it where the source names them all.

const chains = readCollection<Cited>('chains')
const industries = readCollection<Cited & { kind: string }>('industries')
const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 }

function declared(indicator: string): { id: string; value: number } {
  const found = observations.filter((record) => record.indicator === indicator && record.measure === 'level')
  expect(found.length, `exactly one declared count of ${indicator}`).toBe(1)
  return found[0]!
}
/** The number a passage declares with the given pattern (first group: digits or a Chinese numeral). */
function declaredIn(record: Cited, pattern: RegExp): number {
  const digits = pattern.exec(record.passage)?.[1]
  expect(digits, `${record.id}: "${record.passage}" declares no count`).toBeDefined()
  return CHINESE_DIGITS[digits!] ?? Number(digits)
}
function planItem(id: string): PlanRecord {
  const item = plan.find((record) => record.id === id)
  expect(item, `no plan item ${id}`).toBeDefined()
  return item!
}
/** The plan items of a kind in the group's year, each of which must belong to the group. */
function membersOf(group: PlanRecord, kind: string): PlanRecord[] {
  const members = plan.filter((record) => record.kind === kind && record.year === group.year)
  const stray = members.filter((record) => record.parent !== group.id).map((record) => `${record.id}: parent ${String(record.parent)}, not ${group.id}`)
  expect(stray).toEqual([])
  return members
}

describe('declared counts', () => {
  it('the named key industrial chains are no more than the declared 21, and cite it', () => {
    const count = declared('key-industrial-chains')
    expect(chains.length, `${chains.length} chains named, ${count.id} declares ${count.value}`).toBeLessThanOrEqual(count.value)
    const uncited = chains.filter((chain) => !chain.passage.includes(`${count.value}条`)).map((chain) => `${chain.id}: passage lacks ${count.value}条`)
    expect(uncited).toEqual([])
  })

  it("the key zones are exactly the zone's declared share of Chengdu's key zones", () => {
    const count = declared('key-zones-undertaken')
    const keyZones = zones.filter((zone) => zone.kind === 'key-zone')
    expect(keyZones.map((zone) => zone.id), `${count.id} declares ${count.value}`).toHaveLength(count.value)
  })

  it('the leading industries are the declared 三大', () => {
    const leading = industries.filter((industry) => industry.kind === 'leading')
    const counts = new Set(leading.map((industry) => declaredIn(industry, /([一二两三四五六七八九十])大主导产业/)))
    expect([...counts], 'leading industries cite one count').toHaveLength(1)
    expect(leading.map((industry) => industry.id)).toHaveLength([...counts][0]!)
  })

  it('the plan has as many 提质见效 areas as declared', () => {
    const group = planItem('quality-and-results-2024')
    const areas = membersOf(group, 'area')
    expect(areas.map((area) => area.id), `${group.id}: "${group.passage}"`).toHaveLength(declaredIn(group, /(\d+)个方面/))
    expect(areas.every((area) => area.passage.includes(`${areas.length}个方面`)), 'each area cites the count').toBe(true)
  })

  it('the plan has as many key breakthroughs as declared', () => {
    const group = planItem('key-breakthroughs-2024')
    const breakthroughs = membersOf(group, 'breakthrough')
    expect(breakthroughs.map((item) => item.id), `${group.id}: "${group.passage}"`).toHaveLength(declaredIn(group, /(\d+)个重点突破/))
  })

})

describe('plan order', () => {
  it('within each year and kind, order runs 1, 2, 3… as the source lists them', () => {
    const groups = new Map<string, PlanRecord[]>()
    for (const record of plan) groups.set(`${record.year} ${record.kind}`, [...(groups.get(`${record.year} ${record.kind}`) ?? []), record])
    const bad = [...groups].flatMap(([group, records]) => {
      const orders = records.map((record) => record.order).sort((a, b) => a - b)
      return orders.every((order, index) => order === index + 1) ? [] : [`${group}: orders ${orders.join(',')} (${records.map((record) => record.id).join(', ')})`]
    })
    expect(bad).toEqual([])
  })
})
