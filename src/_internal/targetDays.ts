import { daysBetween } from '../time/daysBetween.js'
import type { Target } from '../types.js'
import { targetSpan } from './targetActual.js'

// daysLeft and periodElapsed on a target record and a calendar day already checked: assessTarget
// and onPace hold both, and the public functions would resolve the target and parse the day again.

/** Calendar days from `day` to the target's deadline (see daysLeft). */
export function daysLeftOn(target: Target, day: string): number {
  return daysBetween(day, target.deadline)
}

/** The share of the target's time passed by the end of `day` (see periodElapsed). */
export function elapsedOn(target: Target, day: string): number {
  const span = targetSpan(target)
  const total = daysBetween(span.start, span.end) + 1
  const passed = daysBetween(span.start, day) + 1
  return Math.min(1, Math.max(0, passed / total))
}
