/**
 * The built docs (docs-build/, which the gate builds with TypeDoc just before these tests) in a
 * real browser: headless Debian Chromium driven by playwright-core, over a localhost server.
 * Pages must render without console errors, images must decode, the search must find
 * `targetGap`, and no local link may lead nowhere. Without Chromium the browser part is skipped
 * with one line saying why; the link and page checks still run.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { brokenLinks, filesUnder, serveDirectory } from './_docsSite.js'
import type { Site } from './_docsSite.js'

const root = resolve(import.meta.dirname, '../..')
const site = join(root, 'docs-build')
const CHROMIUM = '/usr/bin/chromium'
const hasChromium = existsSync(CHROMIUM)
if (!hasChromium) console.log(`docs browser test skipped: no Chromium at ${CHROMIUM} (install Debian's chromium package; .ci/run does)`)

function requireSite(): void {
  if (!existsSync(join(site, 'index.html'))) throw new Error('docs-build/ is missing: run `npm run docs` first (the gate does, before these tests)')
}

/** A page of the site by file name in one folder: `targetGap.html` or `<module>.targetGap.html`. */
function pageOf(folder: string, name: string): string | undefined {
  const dir = join(site, folder)
  if (!existsSync(dir)) return undefined
  const file = readdirSync(dir).find((entry) => entry === `${name}.html` || entry.endsWith(`.${name}.html`))
  return file === undefined ? undefined : `${folder}/${file}`
}

describe('the built docs, as files', () => {
  beforeAll(requireSite)

  it('have no broken local link, anchor or sidebar entry', () => {
    expect(brokenLinks(site)).toEqual([])
  })

  it('have one page per guide in docs/, each once', () => {
    const guides = readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md'))
    const pages = readdirSync(join(site, 'documents')).filter((name) => name.endsWith('.html'))
    expect(pages.filter((name) => /-\d+\.html$/.test(name))).toEqual([])
    expect(pages.length).toBe(guides.length)
  })

  it('print an overloaded function’s comment once (growthRate), the later signature pointing to it', () => {
    const page = pageOf('functions', 'growthRate')
    expect(page).toBeDefined()
    const html = readFileSync(join(site, page ?? ''), 'utf8')
    expect(html.split('The percent change from').length - 1).toBe(1)
    expect(html).toContain('see the first signature above')
  })

  it('copy the charts and the diagram the guides show', () => {
    const media = filesUnder(site).filter((path) => path.startsWith('media/'))
    for (const svg of ['growth-2023.svg', 'gdp-by-year.svg', 'data-model.svg']) expect(media).toContain(`media/${svg}`)
  })
})

describe.skipIf(!hasChromium)('the built docs, in Chromium', () => {
  // Unset when beforeAll fails (no docs-build/): afterAll then has nothing to close.
  let server: Site | undefined
  let context: BrowserContext | undefined
  let profile: string | undefined

  beforeAll(async () => {
    requireSite()
    server = await serveDirectory(site)
    profile = mkdtempSync(join(tmpdir(), 'cdht-docs-chromium-'))
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
      ],
    })
  })

  afterAll(async () => {
    await context?.close()
    await server?.close()
    if (profile !== undefined) rmSync(profile, { recursive: true, force: true })
  })

  /** Opens a page and returns it with every console error, page error and failed request. */
  async function open(path: string): Promise<{ page: Page; errors: string[] }> {
    if (context === undefined || server === undefined) throw new Error('the browser did not start (see beforeAll)')
    const page = await context.newPage()
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`)
    })
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`))
    page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`))
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`)
    })
    await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' })
    return { page, errors }
  }

  /** Images on the page that did not decode (a broken chart shows as an empty box, not an error). */
  async function undecodedImages(page: Page): Promise<string[]> {
    // The callback runs in the page; typed by hand, since this project's tsconfig has no DOM lib.
    const undecoded = (images: readonly { naturalWidth: number; src: string }[]): string[] =>
      images.filter((image) => image.naturalWidth === 0).map((image) => image.src)
    return page.$$eval('img', undecoded as (images: unknown[]) => string[])
  }

  const functionPage = pageOf('functions', 'targetGap') ?? pageOf('functions', 'getIndicator')
  const pages = [
    { name: 'home page', path: 'index.html', shows: 'cdht-data' },
    { name: `function page (${functionPage ?? 'none found'})`, path: functionPage ?? 'functions/(missing)', shows: functionPage?.includes('targetGap') === true ? 'targetGap' : 'getIndicator' },
    { name: 'data catalogue', path: pageOf('documents', 'Data_catalogue') ?? 'documents/(missing)', shows: '地区生产总值' },
    { name: 'data model guide', path: pageOf('documents', 'The_data_model') ?? 'documents/(missing)', shows: 'Vintages' },
  ]

  it.each(pages)('renders the $name without errors, with its content and images', async ({ path, shows }) => {
    const { page, errors } = await open(path)
    expect(await page.locator('.col-content').innerText()).toContain(shows)
    expect(await undecodedImages(page)).toEqual([])
    expect(errors).toEqual([])
    await page.close()
  })

  it('saves a screenshot of the home page in the docs build', async () => {
    const shot = join(site, 'screenshot-home.png')
    rmSync(shot, { force: true })
    const { page } = await open('index.html')
    await page.screenshot({ path: shot })
    await page.close()
    expect(statSync(shot).size).toBeGreaterThan(1000)
  })

  it.each(['生产总值', '地区生产总值', '高新技术企业', '力争', '超'])('finds pages with the Chinese word %s through the search box', async (word) => {
    const { page, errors } = await open('index.html')
    await page.click('#tsd-search-trigger')
    await page.fill('#tsd-search-input', word)
    await page.locator('#tsd-search-results li a').first().waitFor({ timeout: 10_000 })
    expect(await page.locator('#tsd-search-results li a').count()).toBeGreaterThan(0)
    expect(errors).toEqual([])
    await page.close()
  })

  it('has one H1 on the home page, the README’s title', async () => {
    const { page } = await open('index.html')
    const headings = await page.locator('h1').allInnerTexts()
    expect(headings).toHaveLength(1)
    expect(headings[0]).toContain('成都高新区统计数据')
    await page.close()
  })

  it('keeps every value of the headline table on one line at 1280 px', async () => {
    const { page } = await open('index.html')
    await page.setViewportSize({ width: 1280, height: 900 })
    // Per cell after the first (the name may wrap): how many line boxes its text takes. Runs in
    // the page; typed by hand, since this project's tsconfig has no DOM lib.
    const lineCounts = (cells: unknown[]): number[] =>
      (cells as { ownerDocument: { createRange: () => { selectNodeContents: (node: unknown) => void; getClientRects: () => { top: number }[] } } }[]).map((cell) => {
        const range = cell.ownerDocument.createRange()
        range.selectNodeContents(cell)
        return new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top))).size
      })
    const counts = await page.locator('.col-content table').first().locator('td:not(:first-child)').evaluateAll(lineCounts)
    expect(counts.length).toBeGreaterThan(10)
    expect(counts.filter((count) => count > 1)).toEqual([])
    await page.close()
  })

  it('finds targetGap with the search box, and its result opens the function page', async () => {
    const { page, errors } = await open('index.html')
    await page.click('#tsd-search-trigger')
    await page.fill('#tsd-search-input', 'targetGap')
    // The function's result, not the TargetGap interface's: text matching ignores case, and which
    // of the two the index ranks first has changed from one build to another.
    const result = page.locator('#tsd-search-results li a[href*="functions/"]', { hasText: 'targetGap' }).first()
    await result.waitFor({ timeout: 10_000 })
    await Promise.all([page.waitForURL(/targetGap/), result.click()])
    expect(await page.locator('h1').innerText()).toContain('targetGap')
    expect(errors).toEqual([])
    await page.close()
  })
})
