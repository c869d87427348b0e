/**
 * Runs every documentation example against the packed package, as a user would paste it.
 *
 * Examples are the ```ts fences of the `@example` tags of the public exports (those of the two
 * package entries; a user cannot import anything else, so other examples in src are listed as
 * not run) and the ```ts fences of README.md and docs/*.md not marked `no-run`. Each is
 * transpiled to ESM (types stripped) and written into the consumer project, where `cdht-data`
 * resolves to the installed tarball; one node process then imports them one after another
 * (scripts/docs/exampleCheck.ts). A `//=> value` comment states what the next `console.log`
 * call prints; docs/contributing-docs.md explains the rules. A TSDoc example must state at
 * least one result.
 *
 * The ```sql fences of docs/*.md run in DuckDB, one database per guide, blocks in order, with
 * relative paths resolved in the consumer project (`node_modules/cdht-data/data/...`). A
 * `-- => a, b` comment states the first row of the statement before it, values joined by ", ".
 */
import { execFile } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { DuckDBInstance } from '@duckdb/node-api'
import ts from 'typescript'
import { beforeAll, describe, expect, it } from 'vitest'
import { extractMarkdownExamples, extractTsdocExamples } from '../../scripts/docs/exampleBlocks.js'
import type { ExampleBlock, Extracted } from '../../scripts/docs/exampleBlocks.js'
import type { ExampleModule, ExampleResult } from '../../scripts/docs/exampleCheck.js'
import { publicExports } from '../../scripts/docs/publicApi.js'
import { consumerDir, writeConsumerFile } from './_consumer.js'

const root = resolve(import.meta.dirname, '../..')

function sourceFiles(): string[] {
  const tsFiles = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts'))
    .map((path) => `src/${path.replaceAll('\\', '/')}`)
  const markdown = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`)
  return [...tsFiles.sort(), 'README.md', ...markdown.sort()]
}

function extract(file: string): Extracted {
  const text = readFileSync(join(root, file), 'utf8')
  return file.endsWith('.md') ? extractMarkdownExamples(file, text) : extractTsdocExamples(file, text)
}

const sqlBlocks = sourceFiles()
  .filter((file) => file.startsWith('docs/'))
  .flatMap((file) => extractMarkdownExamples(file, readFileSync(join(root, file), 'utf8'), 'sql').blocks)

const publicNames = new Set(publicExports(root).map((item) => `${item.file} ${item.name}`))
const isPublic = (block: { file: string; name: string }): boolean => block.file.endsWith('.md') || publicNames.has(`${block.file} ${block.name}`)
const extracted = sourceFiles().map(extract)
const found = extracted.flatMap((result) => result.blocks)
const blocks = found.filter(isPublic)
const unfenced = extracted.flatMap((result) => result.problems).filter(isPublic)
const notRun = found.filter((block) => !isPublic(block)).map((block) => `${block.file}:${block.line} ${block.name}`)
if (notRun.length > 0) console.log(`examples not run (not exported by a package entry): ${notRun.join(', ')}`)

function transpile(code: string): string {
  return ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText
}

const results = new Map<ExampleBlock, ExampleResult>()

beforeAll(async () => {
  writeConsumerFile('examples/_check.mjs', transpile(readFileSync(join(root, 'scripts/docs/exampleCheck.ts'), 'utf8')))
  const runner = writeConsumerFile(
    'examples/_run.mjs',
    `import { readFileSync } from 'node:fs'\nimport { runExamples } from './_check.mjs'\n` +
      `process.stdout.write(JSON.stringify(await runExamples(JSON.parse(readFileSync(process.argv[2], 'utf8')))))\n`,
  )
  const modules = blocks.map((block, index): ExampleModule => {
    const name = `examples/${String(index).padStart(3, '0')}-${block.file.replace(/\W+/g, '-')}-${block.line}.mjs`
    return { file: writeConsumerFile(name, transpile(block.code)), expectations: block.expectations.map((expectation) => expectation.text) }
  })
  const manifest = writeConsumerFile('examples/_modules.json', JSON.stringify(modules))
  const { stdout } = await promisify(execFile)(process.execPath, [runner, manifest], { timeout: 120_000, maxBuffer: 16 * 1024 * 1024 })
  const ran = JSON.parse(stdout) as ExampleResult[]
  blocks.forEach((block, index) => results.set(block, ran[index]!))
})

describe('documentation examples', () => {
  it('are found, and every @example of a public export holds a fenced block', () => {
    expect(unfenced.map((problem) => `${problem.file}:${problem.line} ${problem.name}: @example without a fence`)).toEqual([])
    expect(blocks.filter((block) => block.file.startsWith('src/')).length).toBeGreaterThan(0)
  })

  it('in TSDoc state at least one result with //=>', () => {
    const silent = blocks.filter((block) => block.file.startsWith('src/') && block.expectations.length === 0)
    expect(silent.map((block) => `${block.file}:${block.line} (${block.name})`)).toEqual([])
  })
})

describe.each([...new Set(blocks.map((block) => block.file))])('examples of %s', (file) => {
  const inFile = blocks.filter((block) => block.file === file)
  it.each(inFile.map((block) => [`${block.name} (line ${block.line})`, block] as const))('%s runs and prints what it says', (_title, block) => {
    const result = results.get(block)!
    expect(result.error, `${block.file}:${block.line} (${block.name}) threw`).toBeUndefined()
    const failures = result.outcomes.flatMap((outcome, index) => {
      if (outcome.ok) return []
      const line = block.expectations[index]?.line ?? block.line
      return [`${block.file}:${line}: //=> ${outcome.expected} but it printed ${outcome.printed}`]
    })
    expect(failures).toEqual([])
  })
})

function showCell(cell: unknown): string {
  if (typeof cell === 'string') return cell
  if (typeof cell === 'number' || typeof cell === 'bigint' || typeof cell === 'boolean') return cell.toString()
  return cell === null ? 'NULL' : JSON.stringify(cell)
}

/** Runs a guide's SQL blocks in order on one database; per `-- =>` comment, the first row before it. */
async function runSql(file: string): Promise<Map<ExampleBlock, string[]>> {
  const connection = await (await DuckDBInstance.create(':memory:')).connect()
  await connection.run(`SET file_search_path = '${consumerDir().replaceAll("'", "''")}'`)
  const printed = new Map<ExampleBlock, string[]>()
  try {
    for (const block of sqlBlocks.filter((candidate) => candidate.file === file)) {
      const rows: string[] = []
      // Each segment ends at a `-- =>` line; what follows the last one runs unchecked.
      for (const segment of block.code.split(/^.*-- =>.*$/m)) {
        if (segment.trim() === '') continue
        const reader = await connection.runAndReadAll(segment)
        rows.push((reader.getRowsJS()[0] ?? []).map(showCell).join(', '))
      }
      printed.set(block, rows)
    }
  } finally {
    connection.closeSync()
  }
  return printed
}

describe.each([...new Set(sqlBlocks.map((block) => block.file))])('SQL of %s', (file) => {
  let printed: Map<ExampleBlock, string[]>
  beforeAll(async () => {
    printed = await runSql(file)
  })
  it.each(sqlBlocks.filter((block) => block.file === file).map((block) => [`line ${block.line}`, block] as const))(
    'the block at %s runs in DuckDB and returns what it says',
    (_title, block) => {
      const rows = printed.get(block)!
      expect(block.expectations.map((expectation, index) => `${block.file}:${expectation.line}: ${rows[index]}`)).toEqual(
        block.expectations.map((expectation) => `${block.file}:${expectation.line}: ${expectation.text}`),
      )
    },
  )
})
