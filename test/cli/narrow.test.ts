import { describe, expect, it } from 'vitest'
import { displayWidth } from '../../src/cli/displayWidth.js'
import { LIST_COLLECTIONS } from '../../src/cli/spec.js'
import { runPiped, SAMPLE_RUNS } from './_context.js'
import { breaks, chains, facts, format, indicators, industries, observations, parks, plan, projects, sources, targets, zones } from '../../src/index.js'

// Every table command in both languages at widths from 40 to 120 (odd ones too), output piped
// with COLUMNS set: no line is wider than the screen, and no token a reader reads as one (a date,
// a number with its unit and bound mark, an id) is split across lines. The tokens are found in
// the same command's output at a width where nothing wraps, and each must occur as often, whole
// on a line, at every narrower width.

const WIDTHS = [40, 41, 50, 57, 60, 63, 70, 80, 90, 99, 100, 110, 120]
const UNWRAPPED = 1000

const RUNS: readonly (readonly string[])[] = [
  ['summary'],
  ['show', 'gdp-2023'],
  ['show', 'bio-industry-scale-bio-town-2024'],
  ['show', 'gdp'],
  ...SAMPLE_RUNS,
  ...LIST_COLLECTIONS.map((collection) => ['list', collection]),
]

async function stdout(argv: readonly string[], columns: number): Promise<string> {
  const { code, stdout: text } = await runPiped(argv, { COLUMNS: String(columns) })
  expect(code, `cdht-data ${argv.join(' ')}`).toBe(0)
  return text
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const ids = [indicators, observations, targets, zones, industries, chains, parks, projects, plan, facts, sources, breaks].flat().map((record) => record.id)
// A rank's or a share's "among" is words (1st among comprehensive bonded zones nationwide) that may
// wrap at their spaces; its number with the ordinal is checked by the patterns below.
const figures = [...observations, ...targets, ...projects.flatMap((project) => (project.investment === undefined ? [] : [project.investment]))].filter(
  (figure) => figure.unit !== 'rank' && !('rankAmong' in figure),
)
const values = { zh: figures.map((figure) => format(figure)), en: figures.map((figure) => format(figure, { locale: 'en' })) }

// What a token looks like, written independently of the wrapping code: an id or a formatted value
// whole (not as part of a longer one), a date or period, a percent, a Chinese number with its
// unit, an English amount with its bound and scale.
const PATTERNS: readonly RegExp[] = [
  /\d{4}-\d{2}(?:-\d{2})?(?:\/\d{4}-\d{2}(?:-\d{2})?)?/g,
  /[≥≤]?[+-]?\d[\d,]*(?:\.\d+)?%/g,
  /超?\d[\d,]*(?:\.\d+)?(?:亿美元|亿元|万元|万人|万户|元|人|套|家|个|户|条|项)(?:以上)?/g,
  /(?:over |at least )?(?:CNY|USD) \d[\d,]*(?:\.\d+)? (?:billion|million)/g,
  /\b\d+(?:st|nd|rd|th)\b|[第前]\d+/g,
]
const whole = (token: string): RegExp => new RegExp(`(?<![\\w-])${escape(token)}(?![\\w-])`, 'g')

function tokensOf(text: string, lang: 'zh' | 'en'): Set<string> {
  const found = new Set<string>()
  for (const pattern of PATTERNS) for (const match of text.matchAll(pattern)) found.add(match[0])
  for (const token of [...ids, ...values[lang]]) if (text.includes(token) && whole(token).test(text)) found.add(token)
  return found
}

// Occurrences of the token inside single lines: a token split across two lines is not counted.
function count(text: string, token: string): number {
  const pattern = whole(token)
  return text.split('\n').reduce((sum, line) => sum + (line.includes(token) ? (line.match(pattern)?.length ?? 0) : 0), 0)
}

describe('tables at narrow widths', () => {
  it('finds the tokens it checks (a date, a value with its unit, an id, split or whole)', () => {
    expect(tokensOf('超1,600亿元 · 2024-12-31 · gdp-2023', 'zh')).toEqual(new Set(['2024-12-31', '超1,600亿元', 'gdp-2023']))
    expect(count('目标值  超1,600\n亿元', '超1,600亿元')).toBe(0)
    expect(count('期限  2024-\n12-31', '2024-12-31')).toBe(0)
    expect(count('gdp-growth-\n2023 gdp-growth-2023', 'gdp-growth-2023')).toBe(1)
  })
  for (const lang of ['zh', 'en'] as const) {
    for (const argv of RUNS) {
      it(`${lang}: ${argv.join(' ')}`, async () => {
        const command = [...argv, '--lang', lang]
        const unwrapped = await stdout(command, UNWRAPPED)
        const tokens = [...tokensOf(unwrapped, lang)]
        expect(tokens.length).toBeGreaterThan(0)
        for (const width of WIDTHS) {
          const text = await stdout(command, width)
          const where = `cdht-data ${command.join(' ')} at ${width} columns`
          expect(text.split('\n').filter((line) => displayWidth(line) > width), where).toEqual([])
          // A token wider than a line (less the two-column indent of a value below its name) cannot be whole.
          const split = tokens.filter((token) => displayWidth(token) <= width - 2 && count(text, token) < count(unwrapped, token))
          expect(split, where).toEqual([])
        }
      })
    }
  }
})
