import { breaks, chains, facts, indicators, industries, observations, parks, plan, projects, sources, targets, zones } from '../data/collections.js'
import type { DatasetView } from '../query/datasetView.js'
import type { Observation, Target } from '../types.js'
import type { PlanItem, Zone } from '../zoneTypes.js'
import { breaksInView } from './breaksInView.js'
import { deepFreeze } from './deepFreeze.js'
import { publicationDays } from './publicationDays.js'
import { type Dated, dated, visibleFrom, visibleOn } from './visibleFrom.js'

interface DatedDataset {
  readonly sources: Dated<(typeof sources)[number]>
  readonly observations: Dated<Observation>
  readonly targets: Dated<Target>
  readonly zones: Dated<Zone>
  readonly industries: Dated<(typeof industries)[number]>
  readonly chains: Dated<(typeof chains)[number]>
  readonly parks: Dated<(typeof parks)[number]>
  readonly projects: Dated<(typeof projects)[number]>
  readonly plan: Dated<PlanItem>
  readonly facts: Dated<(typeof facts)[number]>
}

let datedDataset: DatedDataset | undefined

// Each record's first visible day is computed once; a view only filters these lists.
function datedOnce(): DatedDataset {
  datedDataset ??= {
    sources: sources.map((source) => [source, publicationDays().bySource.get(source.id) ?? null] as const),
    observations: dated(observations),
    targets: dated(targets),
    zones: dated(zones),
    industries: dated(industries),
    chains: dated(chains),
    parks: dated(parks),
    projects: dated(projects),
    plan: dated(plan),
    facts: dated(facts),
  }
  return datedDataset
}

/**
 * The dataset as known on a day: a record is visible when every source it cites was published by
 * then, and a record that refers to another (an observation to its zone, a park to its industry,
 * a plan item to its parent) only when that one is visible too.
 */
export function buildView(day: string, label: string): DatasetView {
  const all = datedOnce()
  const shownZones = zonesOn(all, day)
  const zoneIds = new Set<string>(shownZones.map((zone) => zone.id))
  const inZone = (record: { readonly scope: string }): boolean => zoneIds.has(record.scope)
  const shownObservations = visibleOn(all.observations, day).filter(inZone)
  const shownTargets = visibleOn(all.targets, day).filter(inZone)
  const shownBreaks = breaksInView(breaks, shownObservations)
  const used = new Set([...shownObservations, ...shownTargets, ...shownBreaks].map((record) => record.indicator))
  const shownIndustries = visibleOn(all.industries, day)
  const industryIds = new Set(shownIndustries.map((industry) => industry.id))
  return deepFreeze({
    asOf: label,
    sources: visibleOn(all.sources, day),
    indicators: indicators.filter((indicator) => used.has(indicator.id)),
    observations: shownObservations,
    targets: shownTargets,
    zones: shownZones,
    industries: shownIndustries,
    chains: visibleOn(all.chains, day),
    parks: visibleOn(all.parks, day).filter((park) => industryIds.has(park.industry)),
    projects: visibleOn(all.projects, day).filter((project) => project.industry === undefined || industryIds.has(project.industry)),
    plan: planOn(visibleOn(all.plan, day)),
    facts: visibleOn(all.facts, day),
    breaks: shownBreaks,
  })
}

/**
 * The zones a view holds: those whose own source is visible, and those a visible observation or
 * target is scoped to, kept with what that record's source states (the label, if its English is
 * marked as our rendering when its official source came later, and the kind), none of the later
 * source's focus, partOf, builtBy or note.
 */
function zonesOn(all: DatedDataset, day: string): Zone[] {
  const visible = new Map(visibleOn(all.zones, day).map((zone) => [zone.id, zone]))
  const referencedBy = new Map<string, Observation | Target>()
  for (const record of [...visibleOn(all.observations, day), ...visibleOn(all.targets, day)]) {
    if (!visible.has(record.scope) && !referencedBy.has(record.scope)) referencedBy.set(record.scope, record)
  }
  const reduced = new Map<string, Zone>()
  for (const [zone] of all.zones) {
    const record = referencedBy.get(zone.id)
    if (record === undefined) continue
    reduced.set(zone.id, { id: zone.id, label: labelOn(zone, day), kind: zone.kind, source: record.source, passage: record.passage })
  }
  const kept = new Set([...visible.keys(), ...reduced.keys()])
  return zones.flatMap((zone) => {
    const shown = visible.get(zone.id) ?? reduced.get(zone.id)
    if (shown === undefined) return []
    // A link to a zone the view does not hold is a statement the view cannot support.
    const { partOf, builtBy, ...rest } = shown
    const linksKept = (partOf === undefined || kept.has(partOf)) && (builtBy === undefined || kept.has(builtBy))
    if (linksKept) return [shown]
    return [{ ...rest, ...(partOf !== undefined && kept.has(partOf) ? { partOf } : {}), ...(builtBy !== undefined && kept.has(builtBy) ? { builtBy } : {}) }]
  })
}

/**
 * The zone's label as known on the day: an official English name whose source appeared later is
 * not yet known to be official, so the view shows the same words as our rendering.
 */
function labelOn(zone: Zone, day: string): Zone['label'] {
  const from = zone.label.enSource === undefined ? '' : visibleFrom({ source: zone.label.enSource })
  if (from !== null && from <= day) return zone.label
  return { zh: zone.label.zh, en: zone.label.en, enOrigin: 'ours', ...(zone.label.zhOrigin === undefined ? {} : { zhOrigin: zone.label.zhOrigin }) }
}

/** Plan items whose parent chain is visible too. */
function planOn(items: readonly PlanItem[]): PlanItem[] {
  const ids = new Set(items.map((item) => item.id))
  let kept = items
  for (;;) {
    const next = kept.filter((item) => item.parent === undefined || ids.has(item.parent))
    if (next.length === kept.length) return [...next]
    kept = next
    ids.clear()
    for (const item of kept) ids.add(item.id)
  }
}
