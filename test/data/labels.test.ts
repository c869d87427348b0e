import { describe, expect, it } from 'vitest'
import {
  COLLECTIONS,
  heldFile,
  heldText,
  labelsIn,
  noteSkipWithoutSources,
  readCollection,
  sourcesAvailable,
  zones,
} from './_sources.js'

// An English name presented as official must be one a source shows; everything else is our own
// rendering and must say so.
noteSkipWithoutSources('the check that official English names occur in their sources')

const labels = COLLECTIONS.flatMap((name) =>
  readCollection<{ id: string }>(name).flatMap((record) =>
    labelsIn(record).map(([at, label]) => ({ where: `${name}/${record.id}: ${at}`, label })),
  ),
)
const official = labels.filter(({ label }) => label.enOrigin === 'official')

describe('labels', () => {
  it('every label has Chinese and English text', () => {
    const empty = labels
      .filter(({ label }) => typeof label.zh !== 'string' || label.zh.trim() === '' || typeof label.en !== 'string' || label.en.trim() === '')
      .map(({ where }) => `${where} has an empty zh or en`)
    expect(empty).toEqual([])
  })

  it('enOrigin is official exactly when an enSource is given', () => {
    const bad = labels
      .filter(({ label }) => !['official', 'ours'].includes(label.enOrigin) || (label.enOrigin === 'official') !== (label.enSource !== undefined))
      .map(({ where, label }) => `${where}: enOrigin ${label.enOrigin} with enSource ${String(label.enSource)}`)
    expect(bad).toEqual([])
  })

  it('清水河 and 交子金融商圈 have no official English name', () => {
    // other-years.md: no official English name was found for either.
    const bad = labels
      .filter(({ label }) => /清水河|交子金融商圈/.test(label.zh) && label.enOrigin !== 'ours')
      .map(({ where, label }) => `${where}: "${label.en}" is marked official`)
    expect(bad).toEqual([])
    expect(zones.filter((zone) => /清水河|交子金融商圈/.test(zone.label?.zh ?? '')).length).toBe(2)
  })
})

describe.skipIf(!sourcesAvailable)('official English names are the ones the sources show', () => {
  it('each official English name occurs verbatim in the held text of its enSource', () => {
    const missing = official
      .filter(({ label }) => !heldText(label.enSource!).includes(label.en))
      .map(({ where, label }) => `${where}: "${label.en}" not in the text held for ${String(label.enSource)}`)
    expect(missing).toEqual([])
  })

  it('a zone with an English name in official use carries it', () => {
    // The table "English names in use" of other-years.md: | Chinese | English | where seen |
    const table = heldFile('other-years.md').split('## English names in use')[1] ?? ''
    const inUse = new Map(
      [...table.matchAll(/^\| ([^|]+?) \| ([^|]+?) \| [^|]+ \|$/gmu)]
        .filter(([, , english]) => !english!.includes('unofficial'))
        .map(([, chinese, english]): [string, string[]] => [chinese!.trim(), english!.split(';').map((name) => name.trim())]),
    )
    const bad = zones
      .filter((zone) => inUse.has(zone.label!.zh))
      .filter((zone) => !(zone.label!.enOrigin === 'official' && inUse.get(zone.label!.zh)!.includes(zone.label!.en)))
      .map((zone) => `${zone.id}: "${zone.label!.en}" (${zone.label!.enOrigin}); in use: ${inUse.get(zone.label!.zh)!.join(' / ')}`)
    expect(inUse.size, 'the English-names table of other-years.md was not found').toBeGreaterThan(0)
    expect(bad).toEqual([])
  })
})

describe('what a rank is among', () => {
  // format() prints it after the ordinal ("1st among China's bonded zones"): an English phrase
  // that starts as a noun ("China's bonded zones") read "1st china's bonded zones".
  const ranks = readCollection<{ id: string; measure: string; rankAmong?: { en: string } }>('observations').filter((record) => record.measure === 'rank' && record.rankAmong !== undefined)
  it('reads after an ordinal in English: among…, in…, or nationwide', () => {
    expect(ranks.length).toBeGreaterThan(5)
    expect(ranks.filter((record) => !/^(among|in|nationwide)\b/.test(record.rankAmong!.en)).map((record) => `${record.id}: ${record.rankAmong!.en}`)).toEqual([])
  })
})
