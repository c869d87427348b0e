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
import breaksJson from '../../data/breaks.json' with { type: 'json' }
import { deepFreeze } from '../_internal/deepFreeze.js'
import type {
  Indicator,
  Observation,
  SeriesBreak,
  Source,
  Target,
} from '../types.js'
import type {
  Chain,
  Fact,
  Industry,
  Park,
  PlanItem,
  Project,
  Zone,
} from '../zoneTypes.js'

// The JSON files are the canonical data; their shape is checked against the zod schemas by
// test/schema, which is what makes these casts safe. Freezing is marked pure so a bundle that
// uses none of a collection drops it.

/**
 * Every source the dataset cites, with its publisher, date, grade and the file holding its text.
 *
 * @category Data
 * @example
 * ```ts
 * import { sources } from 'cdht-data'
 * console.log(sources.find((source) => source.id === 'cdht-work-meeting-2024')?.grade)
 * //=> 'primary'
 * ```
 */
export const sources: readonly Source[] = /* @__PURE__ */ deepFreeze(sourcesJson as unknown as Source[])
/**
 * The indicator catalogue: what each indicator measures, its unit, and whether it is a flow or a stock.
 *
 * @category Data
 * @example
 * ```ts
 * import { indicators } from 'cdht-data'
 * console.log(indicators.find((indicator) => indicator.id === 'gdp')?.label.zh)
 * //=> '地区生产总值'
 * ```
 */
export const indicators: readonly Indicator[] = /* @__PURE__ */ deepFreeze(indicatorsJson as unknown as Indicator[])
/**
 * Every observed value, all vintages, sorted as in `data/observations.json`. A revision is a
 * separate record that `supersedes` the one it revises; the query helpers pick the latest.
 *
 * @category Data
 * @example
 * ```ts
 * import { observations } from 'cdht-data'
 * const gdp2023 = observations.find((observation) => observation.id === 'gdp-2023')
 * console.log([gdp2023?.value, gdp2023?.unit, gdp2023?.multiplier])
 * //=> [3201.2, 'CNY', 8]
 * ```
 */
export const observations: readonly Observation[] = /* @__PURE__ */ deepFreeze(
  observationsJson as unknown as Observation[],
)
/**
 * Every target and planned figure, with its comparator (`gt`: more than; `gte`: at least) and deadline.
 *
 * @category Data
 * @example
 * ```ts
 * import { targets } from 'cdht-data'
 * const bio = targets.find((target) => target.id === 'bio-industry-scale-bio-town-2024')
 * console.log([bio?.comparator, bio?.value])
 * //=> ['gt', 1600]
 * ```
 */
export const targets: readonly Target[] = /* @__PURE__ */ deepFreeze(targetsJson as unknown as Target[])
/**
 * The zone, its key zones, the bonded zone, and scopes the sources leave unclear.
 *
 * @category Data
 * @example
 * ```ts
 * import { zones } from 'cdht-data'
 * console.log(zones.find((zone) => zone.kind === 'zone')?.label.en)
 * //=> 'Chengdu Hi-tech Zone'
 * ```
 */
export const zones: readonly Zone[] = /* @__PURE__ */ deepFreeze(zonesJson as unknown as Zone[])
/**
 * Leading and future industries.
 *
 * @category Data
 * @example
 * ```ts
 * import { industries } from 'cdht-data'
 * console.log(industries.filter((industry) => industry.kind === 'leading').map((industry) => industry.id))
 * //=> ['electronic-information', 'biomedicine', 'digital-economy']
 * ```
 */
export const industries: readonly Industry[] = /* @__PURE__ */ deepFreeze(industriesJson as unknown as Industry[])
/**
 * The key industrial chains a source names (not all the declared chains are named).
 *
 * @category Data
 * @example
 * ```ts
 * import { chains } from 'cdht-data'
 * console.log(chains.some((chain) => chain.label.zh === '集成电路'))
 * //=> true
 * ```
 */
export const chains: readonly Chain[] = /* @__PURE__ */ deepFreeze(chainsJson as unknown as Chain[])
/**
 * Specialised parks and their layouts.
 *
 * @category Data
 * @example
 * ```ts
 * import { parks } from 'cdht-data'
 * console.log(parks.find((park) => park.id === 'microwave-rf-park')?.industry)
 * //=> 'microwave-rf'
 * ```
 */
export const parks: readonly Park[] = /* @__PURE__ */ deepFreeze(parksJson as unknown as Park[])
/**
 * Major projects, with their investment where the source states it.
 *
 * @category Data
 * @example
 * ```ts
 * import { projects } from 'cdht-data'
 * console.log(projects.find((project) => project.id === 'amoled-line')?.investment?.value)
 * //=> 630
 * ```
 */
export const projects: readonly Project[] = /* @__PURE__ */ deepFreeze(projectsJson as unknown as Project[])
/**
 * The items of the yearly plans: areas, breakthroughs, the theme year, programmes and principles.
 *
 * @category Data
 * @example
 * ```ts
 * import { plan } from 'cdht-data'
 * console.log(plan.every((item) => item.year >= 2000))
 * //=> true
 * ```
 */
export const plan: readonly PlanItem[] = /* @__PURE__ */ deepFreeze(planJson as unknown as PlanItem[])
/**
 * Enterprises, rankings, institutions and milestones a source states.
 *
 * @category Data
 * @example
 * ```ts
 * import { facts } from 'cdht-data'
 * console.log(facts.find((fact) => fact.id === 'tongwei-world-500')?.label.en)
 * //=> 'Tongwei Group'
 * ```
 */
export const facts: readonly Fact[] = /* @__PURE__ */ deepFreeze(factsJson as unknown as Fact[])
/**
 * Breaks in series: where values of one indicator and scope stop being comparable (the measure
 * renamed, the area or the bonded zone's coverage changed, the currency changed). The growth
 * helpers compute no rate across one.
 *
 * @category Data
 * @example
 * ```ts
 * import { breaks } from 'cdht-data'
 * console.log(breaks.every((item) => ['measure-renamed', 'area', 'coverage', 'currency'].includes(item.kind)))
 * //=> true
 * ```
 */
export const breaks: readonly SeriesBreak[] = /* @__PURE__ */ deepFreeze(breaksJson as unknown as SeriesBreak[])
