import { closeReferences } from '../../export/closeReferences.js'
import type { Dataset } from '../../export/types.js'
import { asOf } from '../../query/asOf.js'

type Sourced = { readonly source: string }

/**
 * The dataset as known on a day, for the exports: every collection from the as-of view where the
 * view has it (the view of src/query/asOf.ts is to return all of them); until then, a record of
 * a collection the view lacks is kept only when its source is in the view's sources, an
 * indicator only when a kept figure or break uses it, a break only when all its evidence is
 * kept, an erratum only when its source is known and it is dated by the day. Last, every record
 * whose references do not resolve is dropped, so the export's foreign keys hold.
 *
 * @param whole - The complete dataset with its errata.
 * @param day - The day, `YYYY-MM-DD`.
 * @returns The dataset as of that day.
 */
export function datasetAsOf(whole: Dataset, day: string): Dataset {
  const view = asOf(day) as Partial<Dataset> & Pick<Dataset, 'sources' | 'observations' | 'targets'>
  const known = new Set<string>(view.sources.map((source) => source.id))
  const sourced = <Record extends Sourced>(records: readonly Record[]): readonly Record[] => records.filter((record) => known.has(record.source))
  const observations = new Set<string>(view.observations.map((observation) => observation.id))
  const breaks = view.breaks ?? whole.breaks.filter((item) => item.evidence.every((id) => observations.has(id)))
  const closed = closeReferences({
    sources: view.sources,
    indicators: view.indicators ?? whole.indicators,
    observations: view.observations,
    targets: view.targets,
    zones: view.zones ?? sourced(whole.zones),
    industries: view.industries ?? sourced(whole.industries),
    chains: view.chains ?? sourced(whole.chains),
    parks: view.parks ?? sourced(whole.parks),
    projects: view.projects ?? sourced(whole.projects),
    plan: view.plan ?? sourced(whole.plan),
    facts: view.facts ?? sourced(whole.facts),
    breaks,
    errata: (whole.errata ?? []).filter((erratum) => known.has(erratum.source) && erratum.date <= day),
  })
  if (view.indicators !== undefined) return closed
  // Nothing refers to an indicator no kept figure or break uses, so dropping it keeps every key.
  const used = new Set<string>([...closed.observations, ...closed.targets, ...closed.breaks].map((record) => record.indicator))
  return { ...closed, indicators: closed.indicators.filter((indicator) => used.has(indicator.id)) }
}
