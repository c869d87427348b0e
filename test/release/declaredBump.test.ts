import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { declaredBump, parseChangeset } from '../../scripts/lib/declaredBump.js'

describe('parseChangeset', () => {
  it.each([
    ['---\n"cdht-data": minor\n---\n\nNew periods.\n', 'minor'],
    ["---\n'cdht-data': patch\n---\n", 'patch'],
    ['---\ncdht-data: major\n---\n', 'major'],
    ['---\r\n"cdht-data": minor\r\n---\r\n', 'minor'],
    ['---\n"other-package": major\n"cdht-data": patch\n---\n', 'patch'],
    ['---\n"other-package": major\n---\n', 'none'],
    ['---\n---\n\nAn empty changeset.\n', 'none'],
    ['No front matter: "cdht-data": major\n', 'none'],
  ])('%j declares %s', (text, bump) => {
    expect(parseChangeset(text, 'cdht-data')).toBe(bump)
  })
})

describe('declaredBump', () => {
  it('takes the biggest bump of all pending changesets, ignoring README.md and config', () => {
    const dir = mkdtempSync(join(tmpdir(), 'changesets-'))
    writeFileSync(join(dir, 'a.md'), '---\n"cdht-data": patch\n---\n')
    writeFileSync(join(dir, 'b.md'), '---\n"cdht-data": minor\n---\n')
    writeFileSync(join(dir, 'README.md'), '---\n"cdht-data": major\n---\n')
    writeFileSync(join(dir, 'config.json'), '{}')
    expect(declaredBump(dir, 'cdht-data')).toBe('minor')
  })

  it('is none without changesets or without the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'changesets-'))
    mkdirSync(join(dir, '.changeset'))
    expect(declaredBump(join(dir, '.changeset'), 'cdht-data')).toBe('none')
    expect(declaredBump(join(dir, 'missing'), 'cdht-data')).toBe('none')
  })
})
