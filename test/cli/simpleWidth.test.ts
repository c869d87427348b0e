import fc from 'fast-check'
import stringWidth from 'string-width'
import { describe, expect, it, vi } from 'vitest'
import { SIMPLE_RANGES, simpleWidth } from '../../src/cli/simpleWidth.js'

const simpleCharacter = fc.constantFrom(...SIMPLE_RANGES.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, offset) => String.fromCharCode(first + offset))))
const measured = (text: string): number => stringWidth(text, { ambiguousIsNarrow: true })

describe('simpleWidth agrees with string-width', () => {
  it.each(SIMPLE_RANGES.map(([first, last, columns]) => ({ range: `U+${first.toString(16).toUpperCase()}..U+${last.toString(16).toUpperCase()}`, first, last, columns })))(
    'every code point of $range is $columns column(s) wide, as string-width says',
    ({ first, last }) => {
      const disagreements: string[] = []
      for (let code = first; code <= last; code++) {
        const char = String.fromCharCode(code)
        if (simpleWidth(char) !== measured(char)) disagreements.push(`U+${code.toString(16)}: ${simpleWidth(char)} vs ${measured(char)}`)
      }
      expect(disagreements).toEqual([])
    },
  )

  it('widths of simple characters add up: any string of them measures as string-width does', () => {
    fc.assert(fc.property(fc.array(simpleCharacter, { maxLength: 40 }).map((chars) => chars.join('')), (text) => simpleWidth(text) === measured(text)), { numRuns: 2000 })
  })

  it('colour codes take no columns', () => {
    expect(simpleWidth('\u001B[1m\u001B[31m地区生产总值\u001B[39m\u001B[22m')).toBe(12)
  })

  it.each([
    ['an emoji', 'GDP 📈'],
    ['a combining mark', 'e\u0301'],
    ['Hangul', '가'],
    ['the soft hyphen', 'a\u00adb'],
    ['a control character', 'a\u0007'],
    ['an astral ideograph', '𠀀'],
    ['a CJK combining tone mark', '\u302a'],
  ])('leaves text with %s to string-width', (_, text) => {
    expect(simpleWidth(text)).toBeUndefined()
  })
})

describe('string-width is loaded only when some text needs it', () => {
  it('displayWidth throws StringWidthNeeded before loading, and measures after', async () => {
    vi.resetModules()
    const fresh = await import('../../src/cli/displayWidth.js')
    expect(fresh.displayWidth('地区生产总值 GDP')).toBe(16)
    expect(() => fresh.displayWidth('📈')).toThrow(fresh.StringWidthNeeded)
    await fresh.loadStringWidth()
    expect(fresh.displayWidth('📈')).toBe(2)
  })

  it('withStringWidth renders again after loading string-width, and passes other errors on', async () => {
    vi.resetModules()
    const fresh = await import('../../src/cli/displayWidth.js')
    let passes = 0
    const render = (): string => {
      passes += 1
      return fresh.padToWidth('📈 GDP', 10, 'right')
    }
    expect(await fresh.withStringWidth(render)).toBe('    📈 GDP')
    expect(passes).toBe(2)
    expect(await fresh.withStringWidth(render)).toBe('    📈 GDP')
    expect(passes).toBe(3)
    await expect(fresh.withStringWidth(() => { throw new RangeError('not about width') })).rejects.toThrow(RangeError)
  })
})

describe('plain text is cut into clusters without Intl.Segmenter', () => {
  const segmenter = new Intl.Segmenter()
  it('graphemes of any string of simple characters are what Intl.Segmenter finds', async () => {
    const { graphemes } = await import('../../src/cli/displayWidth.js')
    fc.assert(
      fc.property(fc.array(simpleCharacter, { maxLength: 40 }).map((chars) => chars.join('')), (text) => {
        expect(graphemes(text)).toEqual(Array.from(segmenter.segment(text), ({ segment }) => segment))
      }),
      { numRuns: 2000 },
    )
  })
})
