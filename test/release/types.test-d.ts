import type * as z from 'zod'
import { describe, expectTypeOf, it } from 'vitest'
import type { ErratumSchema } from '../../src/schema/errata.js'
import type { CollectionName as SchemaCollectionName } from '../../src/schema/index.js'
import type { CollectionName, Erratum, JsonValue } from '../../src/release/types.js'

// The hand-written Erratum (main entry, no zod) and ErratumSchema (cdht-data/schema) must
// describe the same shape.
type Inferred = z.infer<typeof ErratumSchema>

describe('release types match their schemas', () => {
  it('CollectionName is the schema’s collection names', () => {
    expectTypeOf<CollectionName>().toEqualTypeOf<SchemaCollectionName>()
    expectTypeOf<Inferred['collection']>().toEqualTypeOf<CollectionName>()
  })

  it('Erratum has the schema’s keys and field types', () => {
    expectTypeOf<keyof Inferred>().toEqualTypeOf<keyof Erratum>()
    expectTypeOf<Inferred['id' | 'field' | 'reason' | 'date']>().toEqualTypeOf<string>()
    expectTypeOf<Inferred['source']>().toEqualTypeOf<Erratum['source']>()
    // zod's JSON type has mutable arrays, JsonValue readonly ones: one direction is what holds.
    expectTypeOf<Inferred['newValue']>().toExtend<JsonValue>()
    expectTypeOf<Inferred['oldValue']>().toExtend<Erratum['oldValue']>()
  })
})
