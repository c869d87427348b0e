/** A published number: its value and how many decimals it was published with. */
export interface PublishedNumber {
  readonly value: number
  readonly decimals: number
}

/**
 * A published number times 10^places, computed on its published digits so that no binary
 * rounding creeps in (1.23 × 10 is 12.3, not 12.299999999999999); the decimals shrink by the
 * places moved, down to zero.
 *
 * @param number - The value and its published decimals.
 * @param places - How many powers of ten to multiply by, 0 or more.
 * @returns The rescaled value and its decimals.
 */
export function rescale(number: PublishedNumber, places: number): PublishedNumber {
  const [whole = '', fraction = ''] = Math.abs(number.value).toFixed(number.decimals).split('.')
  const digits = whole + fraction.padEnd(places, '0')
  const point = whole.length + places
  const text = `${number.value < 0 ? '-' : ''}${digits.slice(0, point)}.${digits.slice(point) || '0'}`
  return { value: Number(text), decimals: Math.max(0, number.decimals - places) }
}
