import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { transformSync } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { consumerDir, runNode, writeConsumerFile } from './_consumer.js'

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

describe('the README as npm shows it, with the files the package ships', () => {
  const installed = (): string => resolve(consumerDir(), 'node_modules/cdht-data')
  const localLinks = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
    .map((match) => match[1]!)
    .filter((target) => !/^[a-z]+:/i.test(target))

  it('links only to files in the tarball (the guides and their images ship with it)', () => {
    expect(localLinks.length).toBeGreaterThanOrEqual(7)
    for (const target of localLinks) expect(existsSync(resolve(installed(), target)), target).toBe(true)
  })
  it('ships the guides’ own images and links', () => {
    for (const guide of readdirSync(resolve(installed(), 'docs')).filter((name) => name.endsWith('.md'))) {
      const text = readFileSync(resolve(installed(), 'docs', guide), 'utf8')
      for (const [, target] of text.matchAll(/\]\((assets\/[^)\s#]+)\)/g)) expect(existsSync(resolve(installed(), 'docs', target!)), `${guide}: ${target}`).toBe(true)
    }
  })
  it('ships the changelog changesets writes (CHANGELOG.md at the package root) once there is one', () => {
    const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { files: string[] }
    expect(manifest.files).toContain('CHANGELOG.md')
    expect(existsSync(resolve(installed(), 'CHANGELOG.md'))).toBe(existsSync(resolve(import.meta.dirname, '../../CHANGELOG.md')))
  })
})
