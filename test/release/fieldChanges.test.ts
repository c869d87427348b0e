import { describe, expect, it } from 'vitest'
import { fieldChanges } from '../../scripts/lib/fieldChanges.js'
import type { Json } from '../../scripts/lib/snapshot.js'

describe('fieldChanges', () => {
  it.each<[string, Json, Json, { path: string; kind: string }[]]>([
    ['equal records: nothing', { value: 1, label: { en: 'a' } }, { value: 1, label: { en: 'a' } }, []],
    ['a corrected value', { value: 1 }, { value: 2 }, [{ path: 'value', kind: 'value' }]],
    ['one key of a label, by its path', { label: { zh: '甲', en: 'a' } }, { label: { zh: '甲', en: 'b' } }, [{ path: 'label.en', kind: 'value' }]],
    ['a changed unit', { unit: 'CNY' }, { unit: 'count' }, [{ path: 'unit', kind: 'unit' }]],
    ['a changed multiplier', { multiplier: 8 }, { multiplier: 4 }, [{ path: 'multiplier', kind: 'unit' }]],
    ['a nested multiplier', { investment: { multiplier: 8 } }, { investment: { multiplier: 4 } }, [{ path: 'investment.multiplier', kind: 'unit' }]],
    ['a number turned string', { value: 1 }, { value: '1' }, [{ path: 'value', kind: 'type' }]],
    ['an object turned array', { focus: { a: 1 } }, { focus: [1] }, [{ path: 'focus', kind: 'type' }]],
    ['a field added', { value: 1 }, { value: 1, note: 'n' }, [{ path: 'note', kind: 'value' }]],
    ['a field removed', { value: 1, note: 'n' }, { value: 1 }, [{ path: 'note', kind: 'value' }]],
    ['a null filled in', { title: null }, { title: 'T' }, [{ path: 'title', kind: 'value' }]],
    ['a list, as a whole', { firsts: [{ zh: '甲' }] }, { firsts: [{ zh: '乙' }] }, [{ path: 'firsts', kind: 'value' }]],
  ])('%s', (_name, older, newer, expected) => {
    expect(fieldChanges(older, newer).map(({ path, kind }) => ({ path, kind }))).toEqual(expected)
  })

  it('keeps the old and new values, absent as undefined', () => {
    expect(fieldChanges({ value: 1 }, { value: 1, note: 'n' })).toEqual([{ path: 'note', oldValue: undefined, newValue: 'n', kind: 'value' }])
  })
})
