import { isDeepStrictEqual } from 'node:util'
import fc from 'fast-check'
import { expect } from 'vitest'
import { isCdhtDataError } from '../src/errors.js'

// A harness for "every bad input gets our typed error": call a function with any JavaScript value
// for one argument (the others valid) and require a valid result or a CdhtDataError whose input
// names an argument. Shared by the suites of each entry point.

/** Awkward values fc.anything() rarely or never builds on its own. */
const AWKWARD: readonly unknown[] = [
  null,
  undefined,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  5e-324,
  1e21,
  Number.MAX_VALUE,
  '100',
  '1e400',
  '',
  0n,
  10n,
  Symbol('x'),
  new Date(Number.NaN),
  Object.create(null),
  { toString: () => { throw new Error('toString') } },
  [],
  [1, 2],
  () => 1,
]

/** Any JavaScript value: fc.anything() with every option on, and the awkward values above. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    maxDepth: 2,
  }),
  fc.constantFrom(...AWKWARD),
)

/** A valid record with one field replaced by any value (or removed): how a malformed record looks. */
export function corrupted(valid: object): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid)
  return fc.tuple(fc.constantFrom(...keys), anyValue, fc.boolean()).map(([key, value, remove]) =>
    Object.fromEntries([...Object.entries(valid).filter(([name]) => name !== key), ...(remove ? [] : [[key, value] as const])]),
  )
}

/** An argument of the function under test: its name and values that are valid for it. */
export interface FuzzArgument {
  /** The name errors use for it (`target`), also as a prefix (`target.value`). */
  readonly name: string
  /** Valid values; the harness replaces one argument at a time by any value. */
  readonly valid: fc.Arbitrary<unknown>
  /** Malformed but plausible values (a record with a bad field), tried besides any value. */
  readonly malformed?: fc.Arbitrary<unknown>
  /** Other names errors may give it: `rescale(record, to)` names the record's fields `value` and `from`. */
  readonly aliases?: readonly string[]
}

/**
 * Throws unless every number reachable in `result` (three levels deep) is finite and every object
 * frozen, except the caller's own objects handed back (`given`): those are not ours to freeze.
 */
export function expectValidResult(result: unknown, given: ReadonlySet<unknown> = new Set(), depth = 3): void {
  if (typeof result === 'number') expect(Number.isFinite(result), `result ${result} is not finite`).toBe(true)
  if (typeof result !== 'object' || result === null || depth === 0 || given.has(result)) return
  expect(Object.isFrozen(result), 'a returned object is not frozen').toBe(true)
  // A frozen copy of a caller's record holds what the caller put in it, junk fields included.
  if ([...given].some((object) => typeof object === 'object' && object !== null && isDeepStrictEqual(object, result))) return
  for (const value of Object.values(result)) expectValidResult(value, given, depth - 1)
}

/** The arguments and the objects directly in them: what a result may hand back unfrozen. */
function callerObjects(values: readonly unknown[]): Set<unknown> {
  const objects = new Set<unknown>(values)
  for (const value of values) {
    if (typeof value === 'object' && value !== null) for (const inner of Object.values(value)) objects.add(inner)
  }
  return objects
}

/** The property: any value for any one argument gives a valid result or a CdhtDataError naming an argument. */
export function fuzzTypedErrors(call: (...args: unknown[]) => unknown, args: readonly FuzzArgument[], numRuns = 2000): void {
  const names = args.flatMap((arg) => [arg.name, ...(arg.aliases ?? [])])
  const argument = fc.nat(args.length - 1).chain((index) =>
    fc.tuple(
      fc.constant(index),
      fc.tuple(...args.map((arg) => arg.valid)),
      args[index]!.malformed === undefined ? anyValue : fc.oneof(anyValue, args[index]!.malformed),
    ),
  )
  fc.assert(
    fc.property(argument, ([index, valid, bad]) => {
      const values = [...valid]
      values[index] = bad
      let result: unknown
      try {
        result = call(...values)
      } catch (error) {
        if (!isCdhtDataError(error)) throw new Error(`not a CdhtDataError: ${String(error)}`, { cause: error })
        const named = names.some((name) => error.input === name || error.input.startsWith(`${name}.`))
        expect(named, `error input ${error.input} names none of ${names.join(', ')} (${error.message})`).toBe(true)
        return
      }
      expectValidResult(result, callerObjects(values))
    }),
    { numRuns },
  )
}
