import { describe, expect, it } from 'vitest'
import { type TargetRecord, targets } from './_sources.js'

// A target is only useful with a deadline it can be checked against and the right reading of
// its wording (the comparator's rule is comparators.test.ts).

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text)
  if (!match) return false
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return date.toISOString().slice(0, 10) === text
}
function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10)
}
/** First and last day of a period: YYYY, YYYY-MM/YYYY-MM or YYYY-MM-DD. */
function periodBounds(period: string): { start: string; end: string } {
  if (/^\d{4}$/.test(period)) return { start: `${period}-01-01`, end: `${period}-12-31` }
  const months = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/.exec(period)
  if (months) return { start: `${months[1]}-${months[2]}-01`, end: lastDayOfMonth(Number(months[3]), Number(months[4])) }
  return { start: period, end: period }
}

const problems = (check: (target: TargetRecord) => string | undefined): string[] =>
  targets.map(check).filter((problem): problem is string => problem !== undefined)

describe('targets', () => {
  it('the deadline is a calendar date no earlier than the start of the period', () => {
    expect(
      problems((target) => {
        if (!isCalendarDate(target.deadline)) return `${target.id}: deadline ${target.deadline} is not a date`
        const { start } = periodBounds(target.period)
        return target.deadline < start ? `${target.id}: deadline ${target.deadline} before the period starts (${start})` : undefined
      }),
    ).toEqual([])
  })

  it('an unstated deadline is the end of the period', () => {
    expect(
      problems((target) => {
        const { end } = periodBounds(target.period)
        return !target.deadlineStated && target.deadline !== end ? `${target.id}: deadline ${target.deadline}, but the period ends ${end}` : undefined
      }),
    ).toEqual([])
  })

  it('status is target or plan, and 力争 ("strive for") is a target', () => {
    expect(
      problems((target) => {
        if (target.status !== 'target' && target.status !== 'plan') return `${target.id}: status ${target.status}`
        return target.passage.includes('力争') && target.status !== 'target' ? `${target.id}: "${target.passage}" is a goal (力争), status target` : undefined
      }),
    ).toEqual([])
  })

  it('the value is positive', () => {
    expect(problems((target) => (target.value > 0 ? undefined : `${target.id}: value ${target.value}`))).toEqual([])
  })
})
