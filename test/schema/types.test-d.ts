import type * as z from 'zod'
import { describe, expectTypeOf, it } from 'vitest'
import type { collectionSchemas } from '../../src/schema/index.js'
import type * as Ids from '../../src/data/ids.js'
import type * as RecordTypes from '../../src/types.js'
import type * as ZoneTypes from '../../src/zoneTypes.js'

// The zod schemas and the hand-written record types must describe the same shapes: the types
// are what the main entry ships (without zod), the schemas what validates the files. The one
// difference is on purpose: the types keep the id unions for autocomplete, the schemas accept
// any well-formed id (a user's own `gdp-2031`). So every id union of the types is widened to
// string here, and nothing else: a literal union that is not an id (measure, unit) stays.
type AnyId =
  | Ids.SourceId
  | Ids.IndicatorId
  | Ids.ObservationId
  | Ids.TargetId
  | Ids.ZoneId
  | Ids.IndustryId
  | Ids.ChainId
  | Ids.ParkId
  | Ids.ProjectId
  | Ids.PlanItemId
  | Ids.FactId
  | Ids.BreakId
type RecordOf<Name extends keyof typeof collectionSchemas> = z.infer<(typeof collectionSchemas)[Name]>[number]
// [..] keeps a union whole: a field is widened only when it is ids through and through (an
// optional one keeps its undefined).
type Defined<Value> = Exclude<Value, undefined>
// The id union of a collection with no records yet (BreakId today) is never: widened too.
type DeepMutable<Value> = [Value] extends [never]
  ? string
  : [Defined<Value>] extends [AnyId]
    ? string | Extract<Value, undefined>
    : Value extends readonly (infer Item)[]
      ? DeepMutable<Item>[]
      : Value extends object
        ? { -readonly [Key in keyof Value]: DeepMutable<Value[Key]> }
        : Value

describe('schemas infer exactly the record types', () => {
  it('sources', () => { expectTypeOf<RecordOf<'sources'>>().toEqualTypeOf<DeepMutable<RecordTypes.Source>>() })
  it('indicators', () => { expectTypeOf<RecordOf<'indicators'>>().toEqualTypeOf<DeepMutable<RecordTypes.Indicator>>() })
  it('observations', () => { expectTypeOf<RecordOf<'observations'>>().toEqualTypeOf<DeepMutable<RecordTypes.Observation>>() })
  it('targets', () => { expectTypeOf<RecordOf<'targets'>>().toEqualTypeOf<DeepMutable<RecordTypes.Target>>() })
  it('zones', () => { expectTypeOf<RecordOf<'zones'>>().toEqualTypeOf<DeepMutable<ZoneTypes.Zone>>() })
  it('industries', () => { expectTypeOf<RecordOf<'industries'>>().toEqualTypeOf<DeepMutable<ZoneTypes.Industry>>() })
  it('chains', () => { expectTypeOf<RecordOf<'chains'>>().toEqualTypeOf<DeepMutable<ZoneTypes.Chain>>() })
  it('parks', () => { expectTypeOf<RecordOf<'parks'>>().toEqualTypeOf<DeepMutable<ZoneTypes.Park>>() })
  it('projects', () => { expectTypeOf<RecordOf<'projects'>>().toEqualTypeOf<DeepMutable<ZoneTypes.Project>>() })
  it('plan', () => { expectTypeOf<RecordOf<'plan'>>().toEqualTypeOf<DeepMutable<ZoneTypes.PlanItem>>() })
  it('facts', () => { expectTypeOf<RecordOf<'facts'>>().toEqualTypeOf<DeepMutable<ZoneTypes.Fact>>() })
  it('breaks', () => { expectTypeOf<RecordOf<'breaks'>>().toEqualTypeOf<DeepMutable<RecordTypes.SeriesBreak>>() })
})
