/**
 * Record types of the zone itself (its areas, industries, key chains and parks) and of its
 * projects, plan items and facts; `types.ts` holds the figures and their sources. The zod schemas
 * on `cdht-data/schema` validate exactly these shapes (a type test keeps them equal).
 *
 * @module
 */
import type { ChainId, FactId, IndustryId, ParkId, PlanItemId, ProjectId, SourceId, ZoneId } from './data/ids.js'
import type { Bound, Label, Multiplier } from './types.js'

/**
 * An area figures can be scoped to: the city, the zone, a key zone, the bonded zone, or a
 * scope the source leaves unclear.
 * @category Data
 */
export interface Zone {
  readonly id: ZoneId
  readonly label: Label
  readonly kind: 'city' | 'zone' | 'key-zone' | 'bonded-zone' | 'unresolved'
  /** The area whose statistics include this one (a sub-zone is not the zone: only where a source says so). */
  readonly partOf?: ZoneId
  /** The area that undertakes building it (承担…建设); says nothing of statistical scope. */
  readonly builtBy?: ZoneId
  /** For key zones: the 2024 theme (突出…) and the plans named for it. */
  readonly focus?: { readonly year: number; readonly theme: Label; readonly plans: readonly Label[] }
  readonly source: SourceId
  readonly passage: string
  readonly note?: string
}

/**
 * A leading or future industry.
 * @category Data
 */
export interface Industry {
  readonly id: IndustryId
  readonly label: Label
  readonly kind: 'leading' | 'future'
  readonly source: SourceId
  readonly passage: string
}

/**
 * A named member of the zone's key industrial chains. The declared number of chains is an
 * observation (`key-industrial-chains`); only the chains the source names are records.
 * @category Data
 */
export interface Chain {
  readonly id: ChainId
  readonly label: Label
  readonly source: SourceId
  readonly passage: string
}

/**
 * A specialised park with its layout (一园三区: one park, three areas).
 * @category Data
 */
export interface Park {
  readonly id: ParkId
  readonly label: Label
  readonly industry: IndustryId
  readonly layout: Label
  readonly status: Label
  readonly source: SourceId
  readonly passage: string
}

/**
 * A major project named by a source.
 * @category Data
 */
export interface Project {
  readonly id: ProjectId
  readonly label: Label
  readonly industry?: IndustryId
  readonly investment?: {
    readonly value: number
    readonly decimals: number
    readonly unit: 'CNY'
    readonly multiplier: Multiplier
    /** `exact` or `lower` (超): `top` bounds a rank, and an investment is an amount. */
    readonly bound: Exclude<Bound, 'top'>
  }
  readonly year: number
  readonly status: Label
  /** Firsts claimed for it (全国首条…). */
  readonly firsts: readonly Label[]
  readonly source: SourceId
  readonly passage: string
}

/**
 * An item of a year's plan: one of the areas, breakthroughs, the theme year, or a named programme.
 * @category Data
 */
export interface PlanItem {
  readonly id: PlanItemId
  readonly year: number
  readonly kind: 'area' | 'breakthrough' | 'theme-year' | 'programme' | 'principle'
  readonly label: Label
  /** Position within its kind, from 1, as the source lists it. */
  readonly order: number
  readonly parent?: PlanItemId
  readonly detail?: Label
  readonly source: SourceId
  readonly passage: string
}

/**
 * Anything else a source states that is worth keeping: notable enterprises, rankings,
 * institutions, milestones.
 * @category Data
 */
export interface Fact {
  readonly id: FactId
  readonly kind: 'enterprise' | 'ranking' | 'institution' | 'milestone'
  readonly year: number
  readonly label: Label
  readonly detail?: Label
  readonly source: SourceId
  readonly passage: string
}
