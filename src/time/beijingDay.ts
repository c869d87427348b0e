import { tzOffset } from '@date-fns/tz/tzOffset'
import { BEIJING } from './beijing.js'
import { formatDay } from './formatDay.js'

/**
 * The calendar day, `YYYY-MM-DD`, of an instant in Beijing. The zone's offset at that instant
 * comes from `@date-fns/tz` (the platform's time-zone data, so China's 1986–1991 summer time is
 * right too); `tzOffset` rather than `TZDate` because the TZDate module patches its class at
 * load, which would put it in every bundle of the package.
 */
export function beijingDay(time: number): string {
  const shifted = new Date(time + tzOffset(BEIJING, new Date(time)) * 60_000)
  return formatDay(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate())
}
