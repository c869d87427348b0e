import { describe, expect, it } from 'vitest'
import { CITED, type Cited, heldFile, noteSkipWithoutSources, readCollection, sources, sourcesAvailable } from './_sources.js'

// A passage is either the source's own words or marked as the compilation's summary. For a
// source held in a compilation, the source's words are its tables' phrase column: a passage found
// only elsewhere in the file (the value or indicator columns, the prose) is the compiler's words
// and must say so with passageOrigin: 'summary'. A summary needs a compilation to be quoted from.
noteSkipWithoutSources('the check that compilation passages are phrases or marked as summary')

type Passage = Cited & { passageOrigin?: string }
const records = CITED.flatMap((name) => readCollection<Passage>(name).map((record) => ({ name, record })))
const sourceById = new Map(sources.map((source) => [source.id, source]))
const PRONUNCIATION = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/gu

/** The phrase cells (last column of tables whose header ends in "phrase") of a compilation. */
function phrases(file: string): string[] {
  const lines = heldFile(file).split('\n')
  const found: string[] = []
  let inPhraseTable = false
  for (const line of lines) {
    if (!line.startsWith('|')) inPhraseTable = false
    else if (/\| phrase \|\s*$/.test(line)) inPhraseTable = true
    else if (inPhraseTable && !line.startsWith('|---')) found.push(line.slice(1, -1).split(' | ').at(-1)!.trim().replace(PRONUNCIATION, ''))
  }
  return found
}

describe.skipIf(!sourcesAvailable)('passages from compilations', () => {
  it('a passage of a source held in a compilation is a phrase, or marked summary', () => {
    const bad = records
      .filter(({ record }) => sourceById.get(record.source)?.heldIn.fullText === false && record.passageOrigin !== 'summary')
      .filter(({ record }) => !phrases(sourceById.get(record.source)!.heldIn.file).some((phrase) => phrase.includes(record.passage)))
      .map(({ name, record }) => `${name}/${record.id}: "${record.passage}" is not in a phrase column of ${sourceById.get(record.source)!.heldIn.file}: mark it passageOrigin 'summary' or quote the phrase`)
    expect(bad).toEqual([])
  })

  it('a summary passage comes from a compilation, not from a source held in full', () => {
    const bad = records
      .filter(({ record }) => record.passageOrigin === 'summary' && sourceById.get(record.source)?.heldIn.fullText !== false)
      .map(({ name, record }) => `${name}/${record.id}: "${record.passage}" is marked summary, but ${record.source} is held in full`)
    expect(bad).toEqual([])
  })

  it('the phrase columns are found in both compilations', () => {
    expect(phrases('other-years.md').length).toBeGreaterThan(10)
    expect(phrases('history-2012-2025.md').length).toBeGreaterThan(40)
  })
})
