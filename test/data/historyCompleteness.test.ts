import { describe, expect, it } from 'vitest'
import { heldFile, noteSkipWithoutSources, observations, sources, sourcesAvailable, targets } from './_sources.js'

// Every row of the tables in sections 1-4 of the 2012-2025 compilation must be data: its phrase
// (the last column, the source's words) must lie inside the passage of a record cited from that
// file. A row left out fails with its phrase.
noteSkipWithoutSources('the completeness check of history-2012-2025.md')

const FILE = 'history-2012-2025.md'
// The file says one mirror "inserts pronunciation marks such as 產業(yè); removed in the phrases":
// the only normalisation allowed, applied to both sides.
const PRONUNCIATION = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/gu
const normalise = (text: string): string => text.replace(PRONUNCIATION, '')

interface Row { readonly section: string; readonly cells: readonly string[] }

/** The body rows of every markdown table in the sections whose heading starts with one of `numbers`. */
function tableRows(markdown: string, numbers: readonly string[]): Row[] {
  const sections = markdown.split(/^## /m).slice(1)
  return sections
    .filter((section) => numbers.some((number) => section.startsWith(`${number}. `)))
    .flatMap((section) => {
      const heading = section.slice(0, section.indexOf('\n'))
      const lines = section.split('\n').filter((line) => line.startsWith('|'))
      // The first two table lines are the header and the |---| rule.
      return lines.slice(2).map((line) => ({ section: heading, cells: line.slice(1, -1).split(' | ').map((cell) => cell.trim()) }))
    })
}

describe.skipIf(!sourcesAvailable)(`every table row of ${FILE} sections 1-4 is cited by a record`, () => {
  const rows = sourcesAvailable ? tableRows(heldFile(FILE), ['1', '2', '3', '4']) : []
  const fromFile = new Set(sources.filter((source) => source.heldIn.file === FILE).map((source) => source.id))
  const passages = [...observations, ...targets].filter((record) => fromFile.has(record.source)).map((record) => normalise(record.passage))

  it('the tables are found, with a phrase column', () => {
    // 38 + 4 + 6 + 3 rows on 2026-11-30; a parse that finds far fewer has lost a table.
    expect(rows.length).toBeGreaterThanOrEqual(50)
    const header = heldFile(FILE).split('\n').filter((line) => line.startsWith('| period') || line.startsWith('| set on'))
    expect(header.every((line) => line.trimEnd().endsWith('| phrase |')), 'the last column is the phrase').toBe(true)
  })

  it('each row has its phrase inside a passage', () => {
    const missing = rows
      .filter((row) => !passages.some((passage) => passage.includes(normalise(row.cells.at(-1)!))))
      .map((row) => `${row.section}: no record cites "${row.cells.at(-1)!}" (${row.cells[0]} ${row.cells[1]})`)
    expect(missing).toEqual([])
  })

  it('the pronunciation-mark normalisation removes only such marks', () => {
    expect(normalise('實現產業(yè)增加值550.3億元')).toBe('實現產業增加值550.3億元')
    expect(normalise('實現進出口總額500億元(不含雙流園區)')).toBe('實現進出口總額500億元(不含雙流園區)')
    expect(normalise('Its GDP reached 166.58 billion yuan ($24.14 billion)')).toBe('Its GDP reached 166.58 billion yuan ($24.14 billion)')
  })
})
