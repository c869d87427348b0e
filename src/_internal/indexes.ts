import {
  chains,
  facts,
  indicators,
  industries,
  observations,
  parks,
  plan,
  projects,
  sources,
  targets,
  zones,
} from '../data/collections.js'
import { indexById } from './byId.js'

// One map per collection, shared by every helper that looks records up. Each is marked pure so a
// bundle that looks up nothing in a collection drops the map and, with it, the collection.

export const chainsById = /* @__PURE__ */ indexById(chains)
export const factsById = /* @__PURE__ */ indexById(facts)
export const indicatorsById = /* @__PURE__ */ indexById(indicators)
export const industriesById = /* @__PURE__ */ indexById(industries)
export const observationsById = /* @__PURE__ */ indexById(observations)
export const parksById = /* @__PURE__ */ indexById(parks)
export const planItemsById = /* @__PURE__ */ indexById(plan)
export const projectsById = /* @__PURE__ */ indexById(projects)
export const sourcesById = /* @__PURE__ */ indexById(sources)
export const targetsById = /* @__PURE__ */ indexById(targets)
export const zonesById = /* @__PURE__ */ indexById(zones)
