/**
 * Finds the runnable examples of the documentation: the ```ts fences inside `@example` tags of
 * TSDoc comments, and the ```ts and ```sql fences of Markdown guides. test/package/examples.test.ts
 * runs them against the packed package; the convention they follow is in docs/contributing-docs.md.
 */

/** A `//=> value` comment: what the matching `console.log` call must print. */
export interface Expectation {
  /** Line in the source file, from 1. */
  readonly line: number
  /** The text after `//=>`, trimmed. */
  readonly text: string
}

/** One fenced example, ready to transpile and run. */
export interface ExampleBlock {
  /** Path of the file it comes from, as given to the extractor. */
  readonly file: string
  /** Line of the opening fence, from 1. */
  readonly line: number
  /** The declaration it documents (TSDoc), or the heading above it (Markdown). */
  readonly name: string
  /** The TypeScript source between the fences. */
  readonly code: string
  /** The `//=>` comments in order; each states the output of the next `console.log` call. */
  readonly expectations: readonly Expectation[]
}

/** An `@example` that cannot be run: it holds no fenced block. */
export interface Problem {
  readonly file: string
  /** Line of the `@example` tag, from 1. */
  readonly line: number
  /** The declaration it documents. */
  readonly name: string
}

/** What the extractors found, and the places that look like examples but cannot be run. */
export interface Extracted {
  readonly blocks: readonly ExampleBlock[]
  readonly problems: readonly Problem[]
}

// JavaScript fences run too: a ```js example must not silently escape the check.
const TS_FENCE = /^```(?:ts|typescript|js|javascript)(?:\s|$)/
const DECLARATION =
  /^\s*(?:export\s+)?(?:declare\s+)?(?:default\s+)?(?:async\s+)?(?:function\*?|const|let|class|interface|type|enum)\s+([\w$]+)|^\s*(?:static\s+|readonly\s+|get\s+)*([\w$]+)\s*[(:=<]/
// A fence info string may opt out of running: ```ts no-run (for fragments that cannot stand alone).
const NO_RUN = /\bno-run\b/

/**
 * The `@example` fences of every TSDoc comment of a TypeScript file.
 *
 * @param file - Path used in names and messages.
 * @param text - The file's source.
 * @returns The blocks, and a problem for every `@example` that holds no fenced block at all
 * (TypeDoc would show its text as code, and nothing would run it).
 */
export function extractTsdocExamples(file: string, text: string): Extracted {
  const lines = text.split('\n')
  const blocks: ExampleBlock[] = []
  const problems: Problem[] = []
  for (let index = 0; index < lines.length; index++) {
    if (!lines[index]!.trimStart().startsWith('/**')) continue
    const start = index
    while (index < lines.length && !lines[index]!.includes('*/')) index++
    const comment = lines.slice(start, index + 1).map(stripCommentPrefix)
    const name = declarationName(lines, index + 1)
    collectTagExamples(comment, start, file, name, blocks, problems)
  }
  return { blocks, problems }
}

const FENCES = {
  ts: { fence: TS_FENCE, marker: '//=>' },
  sql: { fence: /^```sql(?:\s|$)/, marker: '-- =>' },
  python: { fence: /^```python(?:\s|$)/, marker: '# =>' },
} as const

/**
 * The fences of a Markdown file in one language, except those marked `no-run`: ```ts (and
 * ```js) fences, whose results are `//=>` comments, ```sql fences, whose result is a
 * `-- =>` comment, or ```python fences, whose printed results are `# =>` comments.
 *
 * @param file - Path used in names and messages.
 * @param text - The Markdown source.
 * @param language - Which fences to take.
 * @returns The blocks (Markdown has no problems to report: a fence is runnable or marked).
 */
export function extractMarkdownExamples(file: string, text: string, language: keyof typeof FENCES = 'ts'): Extracted {
  const { fence, marker } = FENCES[language]
  const lines = text.split('\n')
  const blocks: ExampleBlock[] = []
  let heading = file
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const headingMatch = /^#{1,6}\s+(.*)$/.exec(line)
    if (headingMatch) heading = headingMatch[1]!.trim()
    if (!line.startsWith('```')) continue
    const end = closingFence(lines, index)
    if (fence.test(line) && !NO_RUN.test(line)) {
      blocks.push(block(file, index, heading, lines.slice(index + 1, end), marker))
    }
    index = end
  }
  return { blocks, problems: [] }
}

function collectTagExamples(
  comment: readonly string[],
  firstLine: number,
  file: string,
  name: string,
  blocks: ExampleBlock[],
  problems: Problem[],
): void {
  let inExample = false
  let fencesInTag = 0
  let tagLine = 0
  const closeTag = (): void => {
    if (inExample && fencesInTag === 0) problems.push({ file, line: tagLine + 1, name })
  }
  for (let offset = 0; offset < comment.length; offset++) {
    const line = comment[offset]!
    if (line.startsWith('```')) {
      const end = closingFence(comment, offset)
      if (inExample) fencesInTag++
      if (inExample && TS_FENCE.test(line) && !NO_RUN.test(line)) {
        blocks.push(block(file, firstLine + offset, name, comment.slice(offset + 1, end)))
      }
      offset = end
      continue
    }
    const tag = /^@(\w+)/.exec(line)
    if (tag) {
      closeTag()
      inExample = tag[1] === 'example'
      fencesInTag = 0
      tagLine = firstLine + offset
    }
  }
  closeTag()
}

function block(file: string, fenceIndex: number, name: string, code: readonly string[], marker = '//=>'): ExampleBlock {
  const expectations: Expectation[] = []
  code.forEach((line, offset) => {
    const at = line.indexOf(marker)
    if (at >= 0) expectations.push({ line: fenceIndex + offset + 2, text: line.slice(at + marker.length).trim() })
  })
  return { file, line: fenceIndex + 1, name, code: code.join('\n'), expectations }
}

/** The line that closes the fence opened at `open`: as many backticks or more (CommonMark), or the end. */
function closingFence(lines: readonly string[], open: number): number {
  const ticks = /^`+/.exec(lines[open]!)![0].length
  let index = open + 1
  while (index < lines.length && !new RegExp(`^\`{${ticks},}$`).test(lines[index]!.trim())) index++
  return index
}

function stripCommentPrefix(line: string): string {
  return line.replace(/^\s*\/\*\*\s?/, '').replace(/\s*\*\/\s*$/, '').replace(/^\s*\* ?/, '')
}

function declarationName(lines: readonly string[], from: number): string {
  for (let index = from; index < Math.min(lines.length, from + 5); index++) {
    const match = DECLARATION.exec(lines[index]!)
    if (match) return match[1] ?? match[2]!
  }
  return '(unnamed)'
}
