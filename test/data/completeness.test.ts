import { describe, expect, it } from 'vitest'
import { CITED, COLLECTIONS, PRIMARY_SOURCE, type Cited, heldText, noteSkipWithoutSources, readCollection, sourcesAvailable } from './_sources.js'

// Nothing numeric in the primary article may be left out by accident: every number in it must
// sit inside the passage of some record, or be listed below as not data, with the reason.
noteSkipWithoutSources('the completeness check of the primary article')

const NUMERALS = '一二两三四五六七八九十百千万'
// Measure words and suffixes after which a Chinese numeral counts something (十大, 两个, 一园三区,
// 一核一区一基地, 百亿…); a numeral in an ordinary word (一般, 统一) is not followed by one.
const CLASSIFIERS = ['大', '个', '条', '项', '家', '区', '园', '核', '基地', '亿', '只', '位', '户', '座', '批', '年', '人', '倍', '种', '类', '周', '套']
const NUMERIC_TOKEN = new RegExp(
  [
    String.raw`\d+(?:\.\d+)?万?`, // 3201.2, 6.0, 3.8万 (万 belongs to the number before it)
    `[第前][${NUMERALS}]+`, // 第一, 第二条, 前三
    `[${NUMERALS}]+(?=${CLASSIFIERS.join('|')})`,
  ].join('|'),
  'gu',
)

interface NonData {
  /** Text around the token that identifies it; every token inside an occurrence is excused. */
  readonly context: string
  readonly why: string
  /** For a repeated mention: the record that holds the figure. */
  readonly restates?: string
}

// Terms such as “十四五” and “四上” are names, and the pattern does not take them as numbers, so
// they need no entry; an entry that matches no number fails the stale-entry check below.
const NON_DATA: readonly NonData[] = [
  { context: '2月22日', why: "the meeting's date: the source's `reports`, and the date of the 目前 stocks" },
  { context: '春节后第一周', why: 'when the meeting was held (the first week after the Spring Festival)' },
  { context: '2023年', why: "the year a figure is for: carried by the records' periods" },
  { context: '2024年', why: "the plan's year: carried by the targets' and plan items' periods and years" },
  { context: '成立75周年', why: "the People's Republic's 75th anniversary: a date, not a figure of the zone" },
  { context: '关键一年', why: '"a key year": rhetoric' },
  { context: '过去一年', why: '"the past year", i.e. 2023: a period, not a figure' },
  { context: '一座城市', why: '"a city": an article, not a count' },
  { context: '打造一批', why: '"a group of" enterprises: indefinite, not a count' },
  { context: '“三个做优做强”', why: "Chengdu's city-wide programme, not the zone's" },
  { context: '四大结构优化调整', why: "Chengdu's city-wide adjustments, not the zone's" },
  { context: '，6个方面重点突破', why: 'restates the number of key breakthroughs', restates: 'key-breakthroughs-2024' },
  { context: '除了8个方面‘提质见效’', why: 'restates the number of 提质见效 areas', restates: 'quality-and-results-2024' },
  { context: '中国高新网2024-02-23', why: "the publication line: the source's `published`" },
]

interface Token { readonly text: string; readonly start: number; readonly end: number }
interface Span { readonly start: number; readonly end: number }

function tokensOf(text: string): Token[] {
  return [...text.matchAll(NUMERIC_TOKEN)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }))
}
function occurrences(text: string, needle: string): Span[] {
  const spans: Span[] = []
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) spans.push({ start: at, end: at + needle.length })
  return spans
}
const inside = (token: Token, spans: readonly Span[]): boolean => spans.some((span) => span.start <= token.start && token.end <= span.end)
function excerpt(text: string, token: Token): string {
  return text.slice(Math.max(0, token.start - 12), token.end + 12).replace(/\s+/g, ' ')
}

describe.skipIf(!sourcesAvailable)('every number in the primary article is data or listed as not data', () => {
  const text = sourcesAvailable ? heldText(PRIMARY_SOURCE) : ''
  const tokens = tokensOf(text)
  const passages = CITED.flatMap((name) => readCollection<Cited>(name))
    .filter((record) => record.source === PRIMARY_SOURCE)
    .flatMap((record) => occurrences(text, record.passage))
  const excused = NON_DATA.map((entry) => ({ entry, spans: occurrences(text, entry.context) }))

  it('the token pattern finds the Chinese numerals that carry data, and not ordinary words', () => {
    const found = (sample: string): string[] => tokensOf(sample).map((token) => token.text)
    expect(found('十大工程、两个组团、三大主导产业、“一园三区”、“一核一区一基地”、全国前三、中西部第一、全球第二条')).toEqual(
      ['十', '两', '三', '一', '三', '一', '一', '一', '前三', '第一', '第二'],
    )
    expect(found('一般公共预算收入、统一、一企一档、万千气象')).toEqual([])
    expect(found('新增企业3.8万户，增长6.0%')).toEqual(['3.8万', '6.0'])
  })

  it('each number lies inside a passage or a listed context', () => {
    const covered = tokens.filter((token) => inside(token, passages))
    const nonData = tokens.filter((token) => !inside(token, passages) && excused.some(({ spans }) => inside(token, spans)))
    const uncovered = tokens.filter((token) => !covered.includes(token) && !nonData.includes(token))
    console.log(`completeness: ${tokens.length} numeric tokens: ${covered.length} covered by records, ${nonData.length} listed as non-data`)
    expect(uncovered.map((token) => `"${token.text}" at ${token.start}: …${excerpt(text, token)}… is in no record's passage`)).toEqual([])
  })

  it('every non-data entry still matches a number in the text (no stale entries)', () => {
    const stale = excused
      .filter(({ spans }) => !tokens.some((token) => inside(token, spans)))
      .map(({ entry }) => `NON_DATA "${entry.context}" matches no numeric token`)
    expect(stale).toEqual([])
  })

  it('a restated figure names a record that exists', () => {
    const ids = new Set(COLLECTIONS.flatMap((name) => readCollection<{ id: string }>(name).map((record) => record.id)))
    const dangling = NON_DATA.filter((entry) => entry.restates !== undefined && !ids.has(entry.restates)).map(
      (entry) => `NON_DATA "${entry.context}" restates ${String(entry.restates)}, which is no record`,
    )
    expect(dangling).toEqual([])
  })
})
