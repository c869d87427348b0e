import { describe, expect, it } from 'vitest'
import { colorEnabled, createStyle } from '../../src/cli/color.js'

describe('colorEnabled', () => {
  it.each([
    [{ isTTY: true }, {}, true],
    [{ isTTY: false }, {}, false],
    [{}, {}, false], // a pipe or a file has no isTTY
    [{ isTTY: true }, { NO_COLOR: '1' }, false],
    [{ isTTY: true }, { NO_COLOR: '' }, true], // no-color.org: an empty value does not count
    [{ isTTY: true }, { TERM: 'dumb' }, false],
    [{ isTTY: false }, { FORCE_COLOR: '1' }, true], // FORCE_COLOR colours a pipe
    [{}, { FORCE_COLOR: '' }, true],
    [{ isTTY: true }, { FORCE_COLOR: '3', NO_COLOR: '1' }, true], // and wins over NO_COLOR, as in Node
    [{ isTTY: true }, { FORCE_COLOR: '0' }, false],
    [{ isTTY: true }, { FORCE_COLOR: 'false' }, false],
  ] as const)('%j with %j → %s', (stream, env, enabled) => {
    expect(colorEnabled(stream, env)).toBe(enabled)
  })
})

describe('createStyle', () => {
  it('wraps text in SGR codes when enabled', () => {
    expect(createStyle(true).bold('x')).toBe('\u001b[1mx\u001b[22m')
    expect(createStyle(true).red('x')).toBe('\u001b[31mx\u001b[39m')
  })
  it('returns text unchanged when disabled', () => {
    const style = createStyle(false)
    for (const decorate of [style.bold, style.dim, style.green, style.red, style.yellow]) expect(decorate('x')).toBe('x')
  })
})
