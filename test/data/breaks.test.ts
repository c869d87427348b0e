import { describe, expect, it } from 'vitest'
import { side } from './_breaks.js'
import { breaks, heldFile, noteSkipWithoutSources, observations, sourcesAvailable } from './_sources.js'

// A break in series is only as good as its evidence: observations of its own series that lie on
// both sides of it, and the words of the compilation that document it.
noteSkipWithoutSources('the check that breaks quote section 5 of the compilation')

const byId = new Map(observations.map((record) => [record.id, record]))

describe('breaks in series', () => {
  it('every evidence id is an observation of the break\'s indicator and scope', () => {
    const bad = breaks.flatMap((item) =>
      item.evidence.flatMap((id) => {
        const record = byId.get(id)
        if (!record) return [`${item.id}: evidence ${id} is no observation ("${item.documentedIn.passage}")`]
        return record.indicator === item.indicator && record.scope === item.scope ? [] : [`${item.id}: evidence ${id} is ${record.indicator}/${record.scope}, not ${item.indicator}/${item.scope}`]
      }),
    )
    expect(bad).toEqual([])
  })

  it('a dated break has evidence wholly before and wholly after its from day', () => {
    const bad = breaks.flatMap((item) => {
      if (item.from === null) return []
      const dated = { ...item, from: item.from }
      const sides = item.evidence.flatMap((id) => (byId.has(id) ? [side(dated, byId.get(id)!)] : []))
      return sides.includes('before') && sides.includes('after') ? [] : [`${item.id} (from ${item.from}): evidence on sides ${sides.join(', ')}, needs before and after ("${item.documentedIn.passage}")`]
    })
    expect(bad).toEqual([])
  })

  it('a coverage break has evidence of at least two coverages, and is dated null', () => {
    const bad = breaks
      .filter((item) => item.kind === 'coverage')
      .flatMap((item) => {
        const coverages = new Set(item.evidence.map((id) => byId.get(id)?.coverage ?? 'unstated'))
        return item.from === null && coverages.size >= 2 ? [] : [`${item.id}: from ${String(item.from)}, coverages ${[...coverages].join(', ')}`]
      })
    expect(bad).toEqual([])
  })

  it('one break per kind, series and day', () => {
    const keys = breaks.map((item) => `${item.kind} ${item.indicator} ${item.scope} ${String(item.from)}`)
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([])
  })
})

describe.skipIf(!sourcesAvailable)('breaks are documented in the compilation', () => {
  // Section 5 of the file is wrapped at about 100 columns: a line break inside a quoted passage is
  // layout, not words, so runs of white space count as one space.
  const squash = (text: string): string => text.replace(/\s+/g, ' ')

  it('each documentedIn passage is verbatim in section 5 of its file', () => {
    const bad = breaks.flatMap((item) => {
      const text = heldFile(item.documentedIn.file)
      const start = text.indexOf('## 5.')
      const section = start === -1 ? '' : text.slice(start, text.indexOf('\n## ', start + 1))
      return squash(section).includes(squash(item.documentedIn.passage)) ? [] : [`${item.id}: "${item.documentedIn.passage}" not in section 5 of ${item.documentedIn.file}`]
    })
    expect(bad).toEqual([])
  })
})
