import chainsJson from '../../data/chains.json' with { type: 'json' }
import factsJson from '../../data/facts.json' with { type: 'json' }
import indicatorsJson from '../../data/indicators.json' with { type: 'json' }
import industriesJson from '../../data/industries.json' with { type: 'json' }
import observationsJson from '../../data/observations.json' with { type: 'json' }
import parksJson from '../../data/parks.json' with { type: 'json' }
import planJson from '../../data/plan.json' with { type: 'json' }
import projectsJson from '../../data/projects.json' with { type: 'json' }
import sourcesJson from '../../data/sources.json' with { type: 'json' }
import targetsJson from '../../data/targets.json' with { type: 'json' }
import zonesJson from '../../data/zones.json' with { type: 'json' }
import { deepFreeze } from '../_internal/deepFreeze.js'
import type {
  Chain,
  Fact,
  Indicator,
  Industry,
  Observation,
  Park,
  PlanItem,
  Project,
  Source,
  Target,
  Zone,
} from '../types.js'

// The JSON files are the canonical data; their shape is checked against the zod schemas by
// test/schema, which is what makes these casts safe. Freezing is marked pure so a bundle that
// uses none of a collection drops it.

/** Every source the dataset cites. @category Data */
export const sources: readonly Source[] = /* @__PURE__ */ deepFreeze(sourcesJson as unknown as Source[])
/** The indicator catalogue. @category Data */
export const indicators: readonly Indicator[] = /* @__PURE__ */ deepFreeze(indicatorsJson as unknown as Indicator[])
/** Every observed value, all vintages, sorted as in `data/observations.json`. @category Data */
export const observations: readonly Observation[] = /* @__PURE__ */ deepFreeze(
  observationsJson as unknown as Observation[],
)
/** Every target and planned figure. @category Data */
export const targets: readonly Target[] = /* @__PURE__ */ deepFreeze(targetsJson as unknown as Target[])
/** The zone, its key zones, the bonded zone, and unresolved scopes. @category Data */
export const zones: readonly Zone[] = /* @__PURE__ */ deepFreeze(zonesJson as unknown as Zone[])
/** Leading and future industries. @category Data */
export const industries: readonly Industry[] = /* @__PURE__ */ deepFreeze(industriesJson as unknown as Industry[])
/** The key industrial chains a source names (not all the declared chains are named). @category Data */
export const chains: readonly Chain[] = /* @__PURE__ */ deepFreeze(chainsJson as unknown as Chain[])
/** Specialised parks and their layouts. @category Data */
export const parks: readonly Park[] = /* @__PURE__ */ deepFreeze(parksJson as unknown as Park[])
/** Major projects. @category Data */
export const projects: readonly Project[] = /* @__PURE__ */ deepFreeze(projectsJson as unknown as Project[])
/** The items of the yearly plans. @category Data */
export const plan: readonly PlanItem[] = /* @__PURE__ */ deepFreeze(planJson as unknown as PlanItem[])
/** Enterprises, rankings, institutions and milestones a source states. @category Data */
export const facts: readonly Fact[] = /* @__PURE__ */ deepFreeze(factsJson as unknown as Fact[])
