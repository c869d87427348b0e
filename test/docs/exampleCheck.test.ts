import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkLogged, matches, runExamples } from '../../scripts/docs/exampleCheck.js'

class Rate {
  constructor(readonly percent: number) {}
}

describe('matches: a logged value against the text after //=>', () => {
  it.each([
    ['a string against a quoted string', '6.15', "'6.15'", true],
    ['a string against a double-quoted string', '亿元', '"亿元"', true],
    ['a string against the same digits unquoted', '6.15', '6.15', false],
    ['a number against the same digits quoted', 6.15, "'6.15'", false],
    ['a number', 6.15, '6.15', true],
    ['a different number', 6.1, '6.15', false],
    ['NaN', Number.NaN, 'NaN', true],
    ['a boolean', true, 'true', true],
    ['null against undefined', null, 'undefined', false],
    ['an array', ['gdp', 'budget-revenue'], "['gdp', 'budget-revenue']", true],
    ['an array in another order', ['gdp', 'budget-revenue'], "['budget-revenue', 'gdp']", false],
    ['an object, keys in any order', { zh: '亿元', en: 'CNY' }, "{ en: 'CNY', zh: '亿元' }", true],
    ['a frozen object', Object.freeze({ id: 'gdp' }), "{ id: 'gdp' }", true],
    ['a class instance, by its JSON form', new Rate(6.15), '{ percent: 6.15 }', true],
    ['a class instance with another value', new Rate(6.1), '{ percent: 6.15 }', false],
    ['an error, by its text', new TypeError('bad'), 'TypeError: bad', true],
    ['text that is not an expression, by util.inspect', new Map([['a', 1]]), "Map(1) { 'a' => 1 }", true],
    ['text that is not an expression, against other text', 6.15, '6.15 %', false],
  ])('%s', (_name, value, expected, result) => {
    expect(matches(value, expected)).toBe(result)
  })
})

describe('checkLogged: console.log calls against //=> comments, in order', () => {
  it('pairs the n-th call with the n-th comment', () => {
    expect(checkLogged([['a'], [2]], ["'a'", '2'])).toEqual([
      { expected: "'a'", printed: "'a'", ok: true },
      { expected: '2', printed: '2', ok: true },
    ])
  })

  it('fails a comment without a call and a call without a comment', () => {
    expect(checkLogged([], ['1'])).toEqual([{ expected: '1', printed: '(nothing: no console.log call for this //=>)', ok: false }])
    expect(checkLogged([[1], [2]], ['1']).map((outcome) => outcome.ok)).toEqual([true, false])
  })

  it('compares a call with several arguments as text, each value as util.inspect shows it', () => {
    expect(checkLogged([['3,201.2亿元', '|', 6]], ["'3,201.2亿元' '|' 6"])[0]!.ok).toBe(true)
    expect(checkLogged([['3,201.2亿元', '|', 6]], ["'3,201.2亿元' '|' '6'"])[0]!.ok).toBe(false)
  })

  it('does not check a block without comments: it only has to run', () => {
    expect(checkLogged([['anything']], [])).toEqual([])
  })
})

describe('runExamples', () => {
  const dir = mkdtempSync(join(tmpdir(), 'examples-'))
  const module = (name: string, code: string): string => {
    writeFileSync(join(dir, name), code)
    return join(dir, name)
  }

  it('imports each module with console.log captured, and restores it afterwards', async () => {
    const log = console.log
    const results = await runExamples([
      { file: module('a.mjs', "console.log('a')\nawait Promise.resolve()\nconsole.log(2)"), expectations: ["'a'", '2'] },
      { file: module('b.mjs', 'console.log(3)'), expectations: ['4'] },
    ])
    expect(results.map((result) => result.outcomes.map((outcome) => outcome.ok))).toEqual([[true, true], [false]])
    expect(console.log).toBe(log)
  })

  it('reports an example that throws, and goes on with the next', async () => {
    const results = await runExamples([
      { file: module('c.mjs', "throw new RangeError('bad example')"), expectations: [] },
      { file: module('d.mjs', 'console.log(1)'), expectations: ['1'] },
    ])
    expect(results[0]!.error).toContain('RangeError: bad example')
    expect(results[1]!.outcomes).toEqual([{ expected: '1', printed: '1', ok: true }])
  })
})
