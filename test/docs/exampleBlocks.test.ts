import { describe, expect, it } from 'vitest'
import { extractMarkdownExamples, extractTsdocExamples } from '../../scripts/docs/exampleBlocks.js'

const fence = '```'

describe('extractTsdocExamples', () => {
  const source = [
    '/**',
    ' * The percent change.',
    ' *',
    ' * @param current - The later value.',
    ' * @example',
    ` * ${fence}ts`,
    " * import { growthRate } from 'cdht-data'",
    ' * console.log(growthRate(2, 1))',
    ' * //=> 100',
    ` * ${fence}`,
    ' * @example',
    ` * ${fence}ts`,
    ' *   console.log(1) //=> 1',
    ` * ${fence}`,
    ' */',
    'export function growthRate(current: number, previous: number): number {',
    '  return current / previous',
    '}',
    '/** Nothing to run here. @category Data */',
    'export const zones = []',
  ].join('\n')
  const { blocks, problems } = extractTsdocExamples('src/growth.ts', source)

  it('finds every fence of every @example, named after the declaration below the comment', () => {
    expect(blocks.map((block) => [block.name, block.line])).toEqual([
      ['growthRate', 6],
      ['growthRate', 12],
    ])
    expect(problems).toEqual([])
  })

  it('strips the comment prefix but keeps the indentation inside the fence', () => {
    expect(blocks[0]!.code).toBe("import { growthRate } from 'cdht-data'\nconsole.log(growthRate(2, 1))\n//=> 100")
    expect(blocks[1]!.code).toBe('  console.log(1) //=> 1')
  })

  it('reads //=> comments on their own line and at the end of a line, with their source lines', () => {
    expect(blocks[0]!.expectations).toEqual([{ line: 9, text: '100' }])
    expect(blocks[1]!.expectations).toEqual([{ line: 13, text: '1' }])
  })

  it('reports an @example without a fenced block, and skips fences marked no-run', () => {
    const text = ['/**', ' * @example', ' * growthRate(1, 2)', ' * @example', ` * ${fence}ts no-run`, ' * fragment(', ` * ${fence}`, ' */', 'export const f = 1'].join('\n')
    const extracted = extractTsdocExamples('src/f.ts', text)
    expect(extracted.problems).toEqual([{ file: 'src/f.ts', line: 2, name: 'f' }])
    expect(extracted.blocks).toEqual([])
  })

  it('ignores fences outside @example tags (a @remarks snippet is not an example)', () => {
    const text = ['/**', ' * @remarks', ` * ${fence}ts`, ' * console.log(1)', ` * ${fence}`, ' */', 'export const f = 1'].join('\n')
    expect(extractTsdocExamples('src/f.ts', text)).toEqual({ blocks: [], problems: [] })
  })
})

describe('extractMarkdownExamples', () => {
  const markdown = [
    '# Guide',
    '## Install',
    `${fence}sh`,
    'npm install cdht-data',
    fence,
    '## Use',
    `${fence}ts`,
    "console.log('a')",
    "//=> 'a'",
    fence,
    `${fence}ts no-run`,
    'const half =',
    fence,
  ].join('\n')

  it('takes the ts fences not marked no-run, named after the heading above them', () => {
    const { blocks } = extractMarkdownExamples('docs/guide.md', markdown)
    expect(blocks).toEqual([
      { file: 'docs/guide.md', line: 7, name: 'Use', code: "console.log('a')\n//=> 'a'", expectations: [{ line: 9, text: "'a'" }] },
    ])
  })

  it('takes sql fences with their -- => results when asked for SQL', () => {
    const sql = ['## Query', `${fence}sql`, 'SELECT 1 AS one;', '-- => 1', fence, `${fence}sql no-run`, 'SELECT', fence].join('\n')
    expect(extractMarkdownExamples('docs/data.md', sql, 'sql').blocks).toEqual([
      { file: 'docs/data.md', line: 2, name: 'Query', code: 'SELECT 1 AS one;\n-- => 1', expectations: [{ line: 4, text: '1' }] },
    ])
    expect(extractMarkdownExamples('docs/data.md', sql).blocks).toEqual([])
  })

  it('lets a longer fence show a shorter one, as CommonMark does', () => {
    const nested = ['````md', `${fence}ts`, 'console.log(1)', fence, '````', `${fence}ts`, 'console.log(2)', fence].join('\n')
    expect(extractMarkdownExamples('docs/x.md', nested).blocks.map((block) => block.code)).toEqual(['console.log(2)'])
  })
})
