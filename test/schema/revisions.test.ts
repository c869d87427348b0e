import { describe, expect, it } from 'vitest'
import * as data from '../../src/index.js'
import { DatasetSchema } from '../../src/schema/index.js'

// A revision supersedes an older vintage of the same figure. DatasetSchema and the check of a
// dataset view given as options.dataset refuse the same records, naming the same field, in the
// same words (REPORT6 §7: the view check accepted a revision of another indicator).
const { sources, indicators, observations, targets, zones, industries, chains, parks, projects, plan, facts, breaks } = data
const dataset = { sources, indicators, observations, targets, zones, industries, chains, parks, projects, plan, facts, breaks }
const gdp2023 = data.getObservation('gdp-2023')

type Refused = { readonly path: string; readonly message: string } | undefined

function zodSays(list: readonly unknown[]): Refused {
  const result = DatasetSchema.safeParse({ ...dataset, observations: list })
  const issue = result.error?.issues[0]
  return issue && { path: `observations[${String(issue.path[1])}].${String(issue.path[2])}`, message: issue.message }
}

function viewSays(list: readonly unknown[]): Refused {
  try {
    data.findObservation('gdp', '2023', { dataset: { ...dataset, asOf: null, observations: list as never } })
  } catch (error) {
    if (!data.isCdhtDataError(error)) throw error
    // The message is prefixed with the field it names (`options.dataset.observations[3].supersedes: …`).
    return { path: error.input.replace(/^options\.dataset\./, ''), message: error.message.slice(error.input.length + 2) }
  }
  return undefined
}

const without2023 = observations.filter((record) => record.id !== 'gdp-2023')
const cases: readonly [string, readonly unknown[], number, RegExp][] = [
  ['itself', [...without2023, { ...gdp2023, supersedes: 'gdp-2023' }], without2023.length, /supersedes its own id "gdp-2023"/],
  [
    'each other (a loop of two)',
    [...observations, { ...gdp2023, id: 'gdp-2023-b', supersedes: 'gdp-2023-c' }, { ...gdp2023, id: 'gdp-2023-c', supersedes: 'gdp-2023-b' }],
    observations.length,
    /a loop of revisions/,
  ],
  [
    'another indicator\u2019s record',
    [...observations, { ...gdp2023, id: 'gdp-2023-b', supersedes: 'general-budget-revenue-2023' }],
    observations.length,
    /supersedes "general-budget-revenue-2023", another figure \(its indicator is "general-budget-revenue", not "gdp"\)/,
  ],
  ['another period\u2019s record', [...observations, { ...gdp2023, id: 'gdp-2023-b', supersedes: 'gdp-2022' }], observations.length, /its period is "2022", not "2023"/],
  ['another measure\u2019s record', [...observations, { ...gdp2023, id: 'gdp-2023-b', supersedes: 'gdp-growth-2023' }], observations.length, /its measure is "growth", not "level"/],
  ['another scope\u2019s record', [...observations, { ...gdp2023, id: 'gdp-2023-b', scope: 'chengdu', supersedes: 'gdp-2023' }], observations.length, /its scope is "cdht", not "chengdu"/],
]

describe('a revision that supersedes', () => {
  it.each(cases)('%s is refused by DatasetSchema and by a view, alike', (_name, list, index, message) => {
    for (const said of [zodSays(list), viewSays(list)]) {
      expect(said?.path).toBe(`observations[${index}].supersedes`)
      expect(said?.message).toMatch(message)
    }
    expect(viewSays(list)?.message).toBe(zodSays(list)?.message)
  })

  it('an older vintage of the same figure is accepted by both, and is what the lookup answers', () => {
    const list = [...observations, { ...gdp2023, id: 'gdp-2023-b', value: 3201.3, supersedes: 'gdp-2023' }]
    expect([zodSays(list), viewSays(list)]).toEqual([undefined, undefined])
    expect(data.findObservation('gdp', '2023', { dataset: { ...dataset, asOf: null, observations: list as never } })?.id).toBe('gdp-2023-b')
  })

  // A view may leave the older vintage out (one first reported by an undated source is in no
  // view), so only the schema refuses a supersedes that names no record.
  it('a record the list does not hold: a broken reference for the schema, an unseen older vintage for a view', () => {
    const list = [...without2023, { ...gdp2023, id: 'gdp-2023-b', supersedes: 'gdp-2023' }]
    expect(zodSays(list)).toEqual({ path: `observations[${without2023.length}].supersedes`, message: 'observations has no record "gdp-2023"' })
    expect(viewSays(list)).toBeUndefined()
  })
})
