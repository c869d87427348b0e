/**
 * The ```python fences of docs/*.md, run against the packed package as a data team would paste
 * them: one Python process per guide, blocks in order in one namespace, the working directory the
 * consumer project (so `node_modules/cdht-data/data/...` resolves). A `# =>` comment states what
 * the lines before it (since the previous one) print.
 *
 * Debian's python3-pandas installs for Debian's /usr/bin/python3, which a pyenv or virtualenv
 * `python3` earlier on PATH does not see, so both are tried. Without any Python with pandas the
 * recipes are skipped, and the run says so.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { extractMarkdownExamples } from '../../scripts/docs/exampleBlocks.js'
import { consumerDir, writeConsumerFile } from './_consumer.js'

const root = resolve(import.meta.dirname, '../..')
const blocks = readdirSync(join(root, 'docs'))
  .filter((name) => name.endsWith('.md'))
  .sort()
  .flatMap((name) => extractMarkdownExamples(`docs/${name}`, readFileSync(join(root, 'docs', name), 'utf8'), 'python').blocks)
const guides = [...new Set(blocks.map((block) => block.file))]

const python = ['python3', '/usr/bin/python3'].find((candidate) => {
  try {
    execFileSync(candidate, ['-c', 'import pandas'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})
if (python === undefined) console.log('pandas recipes of docs/*.md skipped: no python3 with pandas (install Debian’s python3-pandas; .ci/run does)')

// Runs each segment (the code up to a `# =>` line) and keeps what it printed; stops a guide at
// the first exception, whose traceback is reported.
const RUNNER = `import contextlib, io, json, sys, traceback
blocks = json.load(open(sys.argv[1], encoding="utf-8"))
namespace = {"__name__": "__main__"}
results = []
for block in blocks:
    printed, error = [], None
    for segment in block["segments"]:
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out):
                exec(compile(segment, block["name"], "exec"), namespace)
        except Exception:
            error = traceback.format_exc(limit=3)
        printed.append(out.getvalue().rstrip("\\n"))
        if error:
            break
    results.append({"printed": printed, "error": error})
    if error:
        break
json.dump(results, sys.stdout)
`

interface Ran {
  readonly printed: string[]
  readonly error: string | null
}

describe('Python blocks of the guides', () => {
  it('are there: the pandas recipes of the data-teams guide, each stating what it prints', () => {
    expect(blocks.filter((block) => block.file === 'docs/data-teams.md' && block.code.includes('pd.read_csv')).length).toBeGreaterThan(0)
    expect(blocks.filter((block) => block.expectations.length === 0).map((block) => `${block.file}:${block.line}`)).toEqual([])
  })
})

describe.skipIf(python === undefined).each(guides)('pandas recipes of %s', (file) => {
  const inGuide = blocks.filter((block) => block.file === file)
  let ran: Ran[]
  beforeAll(() => {
    const input = writeConsumerFile(
      `python/${file.replace(/\W+/g, '-')}.json`,
      JSON.stringify(inGuide.map((block) => ({ name: `${block.file}:${block.line}`, segments: block.code.split(/^.*# =>.*$/m) }))),
    )
    const runner = writeConsumerFile('python/run.py', RUNNER)
    ran = JSON.parse(execFileSync(python!, [runner, input], { cwd: consumerDir(), encoding: 'utf8', timeout: 120_000 })) as Ran[]
  }, 180_000)

  it.each(inGuide.map((block) => [`line ${block.line}`, block] as const))('the block at %s runs and prints what it says', (_title, block) => {
    const result = ran[inGuide.indexOf(block)]
    expect(result?.error ?? null, `${block.file}:${block.line}`).toBeNull()
    expect(block.expectations.map((expectation, index) => `${block.file}:${expectation.line}: ${result?.printed[index]}`)).toEqual(
      block.expectations.map((expectation) => `${block.file}:${expectation.line}: ${expectation.text}`),
    )
  })
})
