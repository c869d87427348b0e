import { describe, expect, it } from 'vitest'
import { jsonParseModule } from '../../scripts/lib/jsonParseModule.mjs'

// The module text as the build writes it, imported: what its default export is.
async function evaluate(source: string): Promise<unknown> {
  const module = (await import(`data:text/javascript;charset=utf-8,${encodeURIComponent(source)}`)) as { default: unknown }
  return module.default
}

describe('jsonParseModule (how data/*.json is built)', () => {
  it.each([
    ['quotes and backslashes', { passage: `it's "quoted" \\ here` }],
    ['line and paragraph separators', { note: 'a\u2028b\u2029c' }],
    ['Chinese', { passage: '实现地区生产总值3201.2亿元' }],
    ['an empty list', []],
  ])('reads back %s exactly', async (_, value) => {
    expect(await evaluate(jsonParseModule(JSON.stringify(value)))).toEqual(value)
  })

  it('cuts long text into pieces joined at run time, never inside a surrogate pair, and reads it back', async () => {
    // A pair straddles the first 64 Ki boundary: the high half at 65535, the low half at 65536.
    const text = JSON.stringify(['x'.repeat(65_530), '📈', '成'.repeat(200_000)])
    expect(text.charCodeAt(65_535)).toBe(0xd83d)
    const source = jsonParseModule(text)
    expect(source).toContain(".join('')")
    expect(source.match(/'/g)!.length / 2).toBeGreaterThan(3)
    expect(await evaluate(source)).toEqual(JSON.parse(text))
  })

  it('keeps both calls pure, so a bundler drops an unused collection', () => {
    const long = jsonParseModule(JSON.stringify('y'.repeat(70_000)))
    expect(long.match(/\/\* @__PURE__ \*\//g)).toHaveLength(2)
    expect(jsonParseModule('[]')).toBe("export default /* @__PURE__ */ JSON.parse('[]')")
  })
})
