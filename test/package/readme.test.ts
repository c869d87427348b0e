import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { transformSync } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { runNode, writeConsumerFile } from './_consumer.js'

const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8')

/** The ```ts block under a README heading. */
function codeUnder(heading: string): string {
  const section = readme.slice(readme.indexOf(`## ${heading}`))
  const match = /```ts\n([\s\S]*?)```/.exec(section)
  if (!match?.[1]) throw new Error(`README has no ts block under "${heading}"`)
  return match[1]
}

describe('the README usage example, run against the packed package', () => {
  it('prints what its comments say', () => {
    const code = codeUnder('Usage')
    const file = writeConsumerFile('readme-usage.mjs', transformSync(code, { loader: 'ts', format: 'esm' }).code)
    const printed = runNode(file).trimEnd().split('\n')
    // Each console.log line's comment starts with what it prints.
    const promised = code
      .split('\n')
      .filter((line) => line.startsWith('console.log('))
      .map((line) => line.slice(line.indexOf('// ') + 3))
    expect(printed).toHaveLength(promised.length)
    printed.forEach((line, index) => {
      const claim = promised[index]!
      expect(line).not.toBe('')
      expect(claim.startsWith(line), `README says "${claim}", printed "${line}"`).toBe(true)
    })
  })
})
