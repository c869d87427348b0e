import { describe, expect, it } from 'vitest'
import { runPiped } from './_context.js'

// A number given with --actual keeps the rules a record of the target would (REPORT9 §2, §4,
// §5): a usage error naming --actual, exit 2, alike in text and with --json, in either language.
const LANGS = { zh: { LANG: 'zh_CN.UTF-8' }, en: { LANG: 'en_US.UTF-8' } } as const

describe('gap --actual outside what the target can measure', () => {
  it.each([
    ['gdp-growth-target-2021', '-150', 'a growth is never below -100%'],
    ['no-application-policy-rate-2024', '130', 'a part of a whole is never above 100%'],
    ['bio-town-population-2024', '2.40000001', '10^4'],
  ])('%s --actual %s is exit 2 naming --actual', async (id, value, reason) => {
    for (const [lang, env] of Object.entries(LANGS)) {
      const text = await runPiped(['gap', id, '--actual', value], env)
      expect([text.code, text.stdout]).toEqual([2, ''])
      expect(text.stderr).toContain('--actual')
      expect(text.stderr).toContain(reason)
      // The chosen language's words around the library's reason.
      expect(/[\u4e00-\u9fff]/.test(text.stderr)).toBe(lang === 'zh')
      const json = await runPiped(['gap', id, '--actual', value, '--json'], env)
      expect(json.code).toBe(2)
      expect(JSON.parse(json.stderr)).toMatchObject({ error: { code: 'INVALID_VALUE', message: text.stderr.replace(/^cdht-data: /, '').trim(), exitCode: 2 } })
    }
  })

  it.each([
    ['gdp-growth-target-2021', '-100'],
    ['no-application-policy-rate-2024', '100'],
    ['bio-town-population-2024', '2.4001'],
  ])('%s --actual %s, at the edge, is assessed', async (id, value) => {
    expect((await runPiped(['gap', id, '--actual', value, '--json'], LANGS.en)).code).toBe(0)
  })
})
