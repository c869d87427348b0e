import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { collections } from '../../scripts/lib/collections.js'

type Json = Record<string, unknown>
/** The dataset as data/*.json hold it: collection name → records. */
export type RawDataset = Record<string, Json[]>

/** A fresh copy of every collection of a data folder (the repository's by default), to break one record of. */
export function readRaw(dataDir = join(import.meta.dirname, '../../data')): RawDataset {
  return Object.fromEntries(collections.map(({ name }) => [name, JSON.parse(readFileSync(join(dataDir, `${name}.json`), 'utf8')) as Json[]]))
}

/** A broken dataset: which collection was broken, and whether only zod can tell (the reason). */
export interface BrokenCase {
  readonly name: string
  readonly collection: string
  readonly break: (dataset: RawDataset) => void
  /** Why a JSON Schema cannot catch it; absent when ajv must refuse it as zod does. */
  readonly zodOnly?: string
}

const first = (dataset: RawDataset, collection: string, where: (record: Json) => boolean = () => true): Json => {
  const found = dataset[collection]?.find(where)
  if (found === undefined) throw new Error(`no record in ${collection} to break`)
  return found
}
const growth = (record: Json): boolean => record.measure === 'growth'
const level = (record: Json): boolean => record.measure === 'level'
const count = (record: Json): boolean => record.unit === 'count'

/** A break in series of the right shape, citing real observations. */
export const aBreak = (kind: string, from: string | null): Json => ({
  id: 'gdp-area-2015',
  kind,
  indicator: 'gdp',
  scope: 'cdht',
  from,
  label: { zh: '区划调整', en: 'Area changed', enOrigin: 'ours' },
  evidence: ['gdp-2023'],
  documentedIn: { file: 'history.md', passage: '区划调整' },
})

const revisionsOnly = 'a revision names another record of the list, which a JSON Schema of one file cannot follow'
// A copy of gdp-2023 as another vintage of it.
const vintage = (dataset: RawDataset, id: string, supersedes: string): Json => ({ ...first(dataset, 'observations', (record) => record.id === 'gdp-2023'), id, supersedes })
const revisionCases: readonly BrokenCase[] = [
  { name: 'an observation that supersedes itself', collection: 'observations', zodOnly: revisionsOnly, break: (d) => { first(d, 'observations', (record) => record.id === 'gdp-2023').supersedes = 'gdp-2023' } },
  { name: 'two revisions that supersede each other', collection: 'observations', zodOnly: revisionsOnly, break: (d) => { d.observations?.push(vintage(d, 'gdp-2023-b', 'gdp-2023-c'), vintage(d, 'gdp-2023-c', 'gdp-2023-b')) } },
  // Each a real record of the data, or gdp-2023 itself, differing from gdp-2023 in one field of the figure.
  ...([['indicator', 'general-budget-revenue-2023', {}], ['scope', 'gdp-2023', { scope: 'chengdu' }], ['measure', 'gdp-growth-2023', {}], ['period', 'gdp-2023', { period: '2024' }]] as const).map(
    ([field, copied, change]): BrokenCase => ({
      name: `a revision of gdp-2023 with another ${field}`,
      collection: 'observations',
      zodOnly: revisionsOnly,
      break: (d) => { d.observations?.push({ ...first(d, 'observations', (record) => record.id === copied), id: 'gdp-2023-b', supersedes: 'gdp-2023', ...change }) },
    }),
  ),
]

/** The shared list: the zod tests and the ajv test both run it (test/schema, test/package). */
export const brokenCases: readonly BrokenCase[] = [
  { name: 'a period on a day February does not have', collection: 'observations', break: (d) => { first(d, 'observations').period = '2023-02-31' } },
  { name: 'a month interval that ends before it starts', collection: 'observations', break: (d) => { first(d, 'observations').period = '2021-09/2021-01' } },
  { name: 'a quarter as a period', collection: 'observations', break: (d) => { first(d, 'observations').period = '2023-Q1' } },
  { name: 'a publication date in month 13', collection: 'sources', break: (d) => { first(d, 'sources').published = '2024-13-45' } },
  { name: 'a publication date on 30 February', collection: 'sources', break: (d) => { first(d, 'sources').published = '2024-02-30' } },
  { name: 'a release day beside a known publication date', collection: 'sources', break: (d) => { first(d, 'sources', (s) => s.published !== null).released = { on: '2024-02-22', passage: 'released by the zone' } } },
  { name: 'a release day at month precision', collection: 'sources', break: (d) => { first(d, 'sources', (s) => s.released !== undefined).released = { on: '2022-01', passage: 'released by the zone 2022-01-28' } } },
  { name: 'a release day with no passage', collection: 'sources', break: (d) => { first(d, 'sources', (s) => s.released !== undefined).released = { on: '2022-01-28' } } },
  { name: 'a negative count', collection: 'observations', break: (d) => { first(d, 'observations', count).value = -5 } },
  { name: 'a fractional count at multiplier 0', collection: 'observations', break: (d) => { Object.assign(first(d, 'observations', (record) => count(record) && record.multiplier === 0), { value: 4.5, decimals: 1 }) } },
  { name: 'a target of a fractional count at multiplier 0', collection: 'targets', break: (d) => { Object.assign(first(d, 'targets', (record) => count(record) && record.multiplier === 0), { value: 9.5, decimals: 1 }) } },
  {
    name: 'a fraction of a person in 万 (5.00001万 people)',
    collection: 'observations',
    break: (d) => { Object.assign(first(d, 'observations', (record) => count(record) && record.multiplier === 4), { value: 5.00001, decimals: 5 }) },
    zodOnly: 'a whole count at a multiplier above 0 is multipleOf 0.0001, which most validators test in binary floating point (2.4 would fail it)',
  },
  { name: 'a level in percent over 100 (a rate of policies)', collection: 'targets', break: (d) => { first(d, 'targets', (record) => record.measure === 'level' && record.unit === 'percent').value = 130 } },
  { name: 'a rank of 0', collection: 'observations', break: (d) => { first(d, 'observations', (record) => record.unit === 'rank').value = 0 } },
  { name: 'a share over 100', collection: 'observations', break: (d) => { first(d, 'observations', (record) => record.measure === 'share').value = 140 } },
  { name: 'a percent with multiplier 8', collection: 'observations', break: (d) => { first(d, 'observations', (record) => record.unit === 'percent').multiplier = 8 } },
  { name: 'a negative level', collection: 'observations', break: (d) => { first(d, 'observations', (record) => record.measure === 'level' && record.unit === 'CNY').value = -3201.2 } },
  { name: 'a target with a negative level', collection: 'targets', break: (d) => { first(d, 'targets', (record) => record.measure === 'level').value = -5 } },
  { name: 'a target percent with multiplier 4', collection: 'targets', break: (d) => { first(d, 'targets', (record) => record.unit === 'percent').multiplier = 4 } },
  { name: 'a rank with multiplier 4', collection: 'observations', break: (d) => { first(d, 'observations', (record) => record.unit === 'rank').multiplier = 4 } },
  { name: 'a top-N bound on a CNY level', collection: 'observations', break: (d) => { first(d, 'observations', (record) => record.measure === 'level' && record.unit === 'CNY').bound = 'top' } },
  { name: 'a top-N bound on a growth', collection: 'observations', break: (d) => { first(d, 'observations', growth).bound = 'top' } },
  { name: 'a coverage on a cdht record', collection: 'observations', break: (d) => { first(d, 'observations', (record) => record.scope === 'cdht').coverage = 'unstated' } },
  { name: 'a bonded-zone record without its coverage', collection: 'observations', break: (d) => { delete first(d, 'observations', (record) => record.scope === 'bonded-zone').coverage } },
  { name: 'decimals: 21, more than format and the helpers take', collection: 'observations', break: (d) => { Object.assign(first(d, 'observations'), { value: 1, decimals: 21 }) } },
  { name: 'a top-N bound on an investment', collection: 'projects', break: (d) => { (first(d, 'projects', (record) => record.investment !== undefined).investment as Json).bound = 'top' } },
  { name: 'a growth without basis', collection: 'observations', break: (d) => { delete first(d, 'observations', growth).basis } },
  { name: 'a target growth without basis', collection: 'targets', break: (d) => { delete first(d, 'targets', growth).basis } },
  { name: 'a level with a basis', collection: 'observations', break: (d) => { first(d, 'observations', level).basis = 'real' } },
  { name: 'an id with capitals and spaces', collection: 'observations', break: (d) => { first(d, 'observations').id = 'GDP 2031' } },
  { name: 'a deadline that is no day', collection: 'targets', break: (d) => { first(d, 'targets').deadline = '2024-04-31' } },
  { name: 'a field the schema does not know', collection: 'zones', break: (d) => { first(d, 'zones').colour = 'red' } },
  { name: 'an official English name without its source', collection: 'chains', break: (d) => { (first(d, 'chains').label as Json).enOrigin = 'official' } },
  { name: 'our own English rendering with a source', collection: 'zones', break: (d) => { (first(d, 'zones', (record) => (record.label as Json).enOrigin === 'ours').label as Json).enSource = 'cdht-work-meeting-2024' } },
  { name: 'an area break without the day it starts', collection: 'breaks', break: (d) => { d.breaks?.push(aBreak('area', null)) } },
  { name: 'a coverage break with a day', collection: 'breaks', break: (d) => { d.breaks?.push(aBreak('coverage', '2020-01-01')) } },
  {
    name: 'decimals: 0 for 3201.2',
    collection: 'observations',
    break: (d) => {
      first(d, 'observations', (record) => record.value === 3201.2).decimals = 0
    },
    zodOnly: 'whether a number has more decimals than declared is arithmetic on the value, which JSON Schema does not do reliably (multipleOf 0.1 fails on binary fractions)',
  },
  {
    name: 'value 3201.25 with decimals: 1',
    collection: 'observations',
    break: (d) => {
      first(d, 'observations', (record) => record.value === 3201.2).value = 3201.25
    },
    zodOnly: 'whether a number has more decimals than declared is arithmetic on the value, which JSON Schema does not do reliably (multipleOf 0.1 fails on binary fractions)',
  },
  {
    name: 'a duplicate id',
    collection: 'observations',
    break: (d) => {
      d.observations?.push({ ...first(d, 'observations') })
    },
    zodOnly: 'uniqueness of a field across the items of an array (uniqueItems compares whole items)',
  },
  {
    name: 'a reference to an unknown indicator',
    collection: 'observations',
    break: (d) => {
      first(d, 'observations').indicator = 'no-such-indicator'
    },
    zodOnly: 'a reference resolves only against another file (another collection)',
  },
  ...revisionCases,
  {
    name: 'a month interval across years that ends before it starts',
    collection: 'observations',
    break: (d) => {
      first(d, 'observations').period = '2022-03/2021-05'
    },
    zodOnly: 'a pattern cannot compare two years; within one year it orders the months',
  },
]
