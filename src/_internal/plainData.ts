import { refuse } from './checkNumber.js'

/** Why an object that throws when read (a revoked proxy, a throwing getter) is refused. */
export const THROWS = 'reading it throws'
// Records are a few levels deep; thousands of levels would overflow the stack of any walk.
const DEPTH = 32
const PRIMITIVES: readonly string[] = ['string', 'number', 'boolean', 'undefined']

/**
 * Throws `INVALID_ARGUMENT` naming where it is (`actual.extra`) unless `value` is plain data all
 * the way down: null, booleans, numbers, strings, arrays and plain objects, with no cycle. A
 * record is JSON-like data a few levels deep; a function, a Date, a Map, a cycle or nesting
 * deeper than 32 levels in a caller's record would send the helpers that walk records (the
 * sources a record cites, its frozen copy) into a stack overflow or a half copy.
 */
export function plainData(value: unknown, input: string, ancestors: readonly unknown[] = []): void {
  if (value === null || PRIMITIVES.includes(typeof value)) return
  if (typeof value !== 'object') return refuse('INVALID_ARGUMENT', input, `not plain data: a ${typeof value}`)
  if (ancestors.includes(value)) return refuse('INVALID_ARGUMENT', input, 'not plain data: it contains itself')
  if (ancestors.length > DEPTH) return refuse('INVALID_ARGUMENT', input, 'nested too deep')
  for (const [key, member] of membersOf(value, input)) plainData(member, `${input}.${key}`, [...ancestors, value])
}

function membersOf(value: object, input: string): [string, unknown][] {
  let members: [string, unknown][] | undefined
  try {
    const prototype: unknown = Object.getPrototypeOf(value)
    if (Array.isArray(value) || prototype === Object.prototype || prototype === null) members = Object.entries(value)
  } catch {
    // A proxy, or a getter that throws.
    return refuse('INVALID_ARGUMENT', input, `not plain data: ${THROWS}`)
  }
  return members ?? refuse('INVALID_ARGUMENT', input, 'not plain data: an object of a class (a Date, a Map, a typed array…)')
}
