import { describe, expect, it } from 'vitest'
import { toNdjson } from '../../src/export/toNdjson.js'

describe('toNdjson', () => {
  it('writes one JSON object per line, each line ending with \\n', () => {
    const records = [{ id: 'a', label: { zh: '甲' } }, { id: 'b', value: 6 }]
    expect(toNdjson(records)).toBe('{"id":"a","label":{"zh":"甲"}}\n{"id":"b","value":6}\n')
  })

  it('round-trips: parsing each line gives the records back', () => {
    const records = [{ id: 'a', text: 'line\nbreak' }, { id: 'b', list: [1, 2] }]
    const lines = toNdjson(records).trimEnd().split('\n')
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(records)
  })

  it('writes nothing for no records', () => {
    expect(toNdjson([])).toBe('')
  })
})
