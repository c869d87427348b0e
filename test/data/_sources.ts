// Shared by the data linters in test/data: reads data/*.json and the held source texts with
// fs (never through src/, so a broken build cannot hide a data error), and says once per test
// file when the source texts are not there.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

export const repoRoot = path.resolve(import.meta.dirname, '../..')
export const dataDir = path.join(repoRoot, 'data')
// The texts live beside the repo, not in it; CDHT_SOURCES_DIR points elsewhere (e.g. in CI).
export const sourcesDir = process.env.CDHT_SOURCES_DIR ?? path.resolve(repoRoot, '../shared/sources')
export const sourcesAvailable = existsSync(sourcesDir)
export const PRIMARY_SOURCE = 'cdht-work-meeting-2024'

/** Prints the one line a test file owes the reader when it skips for want of the texts. */
export function noteSkipWithoutSources(what: string): void {
  if (!sourcesAvailable) console.log(`skipped ${what}: source texts not found at ${sourcesDir} (set CDHT_SOURCES_DIR)`)
}

// Loose shapes: the linters check what the zod schemas cannot (text, arithmetic, references),
// so they read only the fields they need and tolerate the rest.
export interface Label { zh: string; en: string; enOrigin: string; enSource?: string }
export interface Cited { id: string; source: string; passage: string; label?: Label }
export interface Numeric { value: number; decimals: number; unit: string; multiplier: number }
export interface SourceRecord { id: string; grade: string; heldIn: { file: string; sha256: string; fullText: boolean } }
export interface IndicatorRecord { id: string; kind: 'flow' | 'stock'; unit: string; category: string; label: Label }
export interface ObservationRecord extends Cited, Numeric {
  indicator: string; measure: string; basis?: string; scope: string; period: string; bound: string
  rankAmong?: Label; supersedes?: string; status: string; passageOrigin?: string; coverage?: string; note?: string
}
export interface TargetRecord extends Cited, Numeric {
  indicator: string; measure: string; basis?: string; scope: string; period: string
  deadline: string; deadlineStated: boolean; comparator: string; status: string; passageOrigin?: string
}
export interface ZoneRecord extends Cited { kind: string; partOf?: string; builtBy?: string; focus?: { year: number; theme: Label; plans: Label[] } }
export interface PlanRecord extends Cited { year: number; kind: string; order: number; parent?: string; detail?: Label }
export interface ProjectRecord extends Cited { industry?: string; investment?: Numeric & { bound: string }; status: Label; firsts: Label[] }
export interface ParkRecord extends Cited { industry: string; layout: Label; status: Label }
export interface FactRecord extends Cited { kind: string; detail?: Label }

export interface BreakRecord {
  id: string; kind: string; indicator: string; scope: string; from: string | null; label: Label
  evidence: string[]; documentedIn: { file: string; passage: string }; note?: string
}

export const COLLECTIONS = [
  'sources', 'indicators', 'observations', 'targets', 'zones', 'industries', 'chains', 'parks', 'projects', 'plan', 'facts', 'breaks',
] as const
export type CollectionName = (typeof COLLECTIONS)[number]
/** The collections whose records quote a passage of a source. */
export const CITED: readonly CollectionName[] = ['observations', 'targets', 'zones', 'industries', 'chains', 'parks', 'projects', 'plan', 'facts']

export function readCollection<T = Record<string, unknown>>(name: CollectionName): T[] {
  return JSON.parse(readFileSync(path.join(dataDir, `${name}.json`), 'utf8')) as T[]
}

export const sources = readCollection<SourceRecord>('sources')
export const observations = readCollection<ObservationRecord>('observations')
export const targets = readCollection<TargetRecord>('targets')
export const indicators = readCollection<IndicatorRecord>('indicators')
export const zones = readCollection<ZoneRecord>('zones')
export const plan = readCollection<PlanRecord>('plan')
export const breaks = readCollection<BreakRecord>('breaks')

const texts = new Map<string, string>()
/** The text of a file in the sources folder, as it is (UTF-8, unchanged). */
export function heldFile(file: string): string {
  let text = texts.get(file)
  if (text === undefined) {
    text = readFileSync(path.join(sourcesDir, file), 'utf8')
    texts.set(file, text)
  }
  return text
}

/** The held text a source id's passages are quoted from. */
export function heldText(sourceId: string): string {
  const source = sources.find((record) => record.id === sourceId)
  if (!source) throw new Error(`unknown source ${sourceId}`)
  return heldFile(source.heldIn.file)
}

export function sha256OfFile(file: string): string {
  return createHash('sha256').update(readFileSync(path.join(sourcesDir, file))).digest('hex')
}

/** Every label inside a record (top level or nested), with the path it sits at. */
export function labelsIn(record: unknown, at = ''): [string, Label][] {
  if (Array.isArray(record)) return record.flatMap((item, index) => labelsIn(item, `${at}[${index}]`))
  if (record === null || typeof record !== 'object') return []
  const found: [string, Label][] = 'enOrigin' in record ? [[at, record as Label]] : []
  for (const [key, value] of Object.entries(record)) found.push(...labelsIn(value, at ? `${at}.${key}` : key))
  return found
}

/** A value in base units (亿 = 10^8), for comparing records published in different multipliers. */
export function inBaseUnits(record: Numeric): number {
  return record.value * 10 ** record.multiplier
}

/** Half a unit of the last published decimal, in base units: the rounding a published figure hides. */
export function roundingSlack(record: Numeric): number {
  return 0.5 * 10 ** -record.decimals * 10 ** record.multiplier
}
