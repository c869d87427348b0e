import type * as z from 'zod'
import { describe, expectTypeOf, it } from 'vitest'
import type { collectionSchemas } from '../../src/schema/index.js'
import type * as Types from '../../src/types.js'

// The zod schemas and the hand-written record types must describe the same shapes: the types
// are what the main entry ships (without zod), the schemas what validates the files.
type RecordOf<Name extends keyof typeof collectionSchemas> = z.infer<(typeof collectionSchemas)[Name]>[number]
type DeepMutable<Value> = Value extends readonly (infer Item)[]
  ? DeepMutable<Item>[]
  : Value extends object
    ? { -readonly [Key in keyof Value]: DeepMutable<Value[Key]> }
    : Value

describe('schemas infer exactly the record types', () => {
  it('sources', () => { expectTypeOf<RecordOf<'sources'>>().toEqualTypeOf<DeepMutable<Types.Source>>() })
  it('indicators', () => { expectTypeOf<RecordOf<'indicators'>>().toEqualTypeOf<DeepMutable<Types.Indicator>>() })
  it('observations', () => { expectTypeOf<RecordOf<'observations'>>().toEqualTypeOf<DeepMutable<Types.Observation>>() })
  it('targets', () => { expectTypeOf<RecordOf<'targets'>>().toEqualTypeOf<DeepMutable<Types.Target>>() })
  it('zones', () => { expectTypeOf<RecordOf<'zones'>>().toEqualTypeOf<DeepMutable<Types.Zone>>() })
  it('industries', () => { expectTypeOf<RecordOf<'industries'>>().toEqualTypeOf<DeepMutable<Types.Industry>>() })
  it('chains', () => { expectTypeOf<RecordOf<'chains'>>().toEqualTypeOf<DeepMutable<Types.Chain>>() })
  it('parks', () => { expectTypeOf<RecordOf<'parks'>>().toEqualTypeOf<DeepMutable<Types.Park>>() })
  it('projects', () => { expectTypeOf<RecordOf<'projects'>>().toEqualTypeOf<DeepMutable<Types.Project>>() })
  it('plan', () => { expectTypeOf<RecordOf<'plan'>>().toEqualTypeOf<DeepMutable<Types.PlanItem>>() })
  it('facts', () => { expectTypeOf<RecordOf<'facts'>>().toEqualTypeOf<DeepMutable<Types.Fact>>() })
  it('breaks', () => { expectTypeOf<RecordOf<'breaks'>>().toEqualTypeOf<DeepMutable<Types.SeriesBreak>>() })
})
