/**
 * The built docs site (docs-build/) as the browser test sees it: a static server on localhost
 * and a check of every local link, done on the files (faster and more thorough than clicking).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, extname, join, relative, resolve, sep } from 'node:path'
import { inflateSync } from 'node:zlib'

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
}

/** A running static server. */
export interface Site {
  /** Base URL, ending with `/`. */
  readonly url: string
  readonly close: () => Promise<void>
}

/**
 * Serves a directory on 127.0.0.1 at a free port (TypeDoc's search loads its index with fetch,
 * which a `file:` URL does not allow).
 *
 * @param root - The directory.
 * @returns The site.
 */
export async function serveDirectory(root: string): Promise<Site> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    let file = resolve(root, `.${path}`)
    if (file !== root && !file.startsWith(root + sep)) file = join(root, '404')
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file)) {
      response.writeHead(404).end('not found')
      return
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' })
    response.end(readFileSync(file))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => {
          if (error) fail(error)
          else done()
        })
      }),
  }
}

/** Every file under a directory, relative, with `/` separators. */
export function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((path) => path.replaceAll('\\', '/'))
    .filter((path) => statSync(join(root, path)).isFile())
}

/** The href and src values of a page; `&amp;` decoded. */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1]!.replaceAll('&amp;', '&'))
}

function isExternal(link: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')
}

function hasAnchor(file: string, fragment: string): boolean {
  const text = readFileSync(file, 'utf8')
  return [fragment, encodeURIComponent(fragment)].some((id) => text.includes(`id="${id}"`) || text.includes(`name="${id}"`))
}

/**
 * The local links of the site that lead nowhere: every href and src of every HTML page, and
 * every path of the sidebar navigation (which TypeDoc's script builds from compressed data),
 * resolved to a file; a fragment must name an id in the HTML or SVG file it points to.
 *
 * @param root - The built site.
 * @returns `page: link (why)` for each broken link; empty when none is.
 */
export function brokenLinks(root: string): string[] {
  const broken: string[] = []
  const check = (page: string, link: string, base: string): void => {
    if (link === '' || link === '#' || isExternal(link)) return
    const [pathAndQuery = '', rawFragment] = link.split('#', 2)
    const path = decodeURIComponent(pathAndQuery.split('?')[0]!)
    let target = path === '' ? join(root, page) : resolve(base, path)
    if (existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html')
    if (!existsSync(target)) {
      broken.push(`${page}: ${link} (no file ${relative(root, target)})`)
      return
    }
    const fragment = rawFragment === undefined ? '' : decodeURIComponent(rawFragment)
    if (fragment !== '' && /\.(html|svg)$/.test(target) && !hasAnchor(target, fragment)) {
      broken.push(`${page}: ${link} (no id "${fragment}" in ${relative(root, target)})`)
    }
  }
  for (const page of filesUnder(root).filter((path) => path.endsWith('.html'))) {
    const base = dirname(join(root, page))
    for (const link of linksOf(readFileSync(join(root, page), 'utf8'))) check(page, link, base)
  }
  for (const path of navigationPaths(root)) check('assets/navigation.js', path, root)
  return broken
}

interface NavigationNode {
  readonly path?: string
  readonly children?: readonly NavigationNode[]
}

/**
 * The page paths of TypeDoc's sidebar, decoded from assets/navigation.js (base64 deflate JSON).
 *
 * @param root - The built site.
 * @returns The paths, relative to the site root.
 * @throws Error when the file does not hold the data where TypeDoc 0.28 puts it.
 */
export function navigationPaths(root: string): string[] {
  const script = readFileSync(join(root, 'assets/navigation.js'), 'utf8')
  const data = /navigationData\s*=\s*"([A-Za-z0-9+/=]+)"/.exec(script)?.[1]
  if (data === undefined) throw new Error('assets/navigation.js: no navigationData (has TypeDoc changed its format?)')
  const walk = (nodes: readonly NavigationNode[]): string[] =>
    nodes.flatMap((node) => [...(node.path === undefined ? [] : [node.path]), ...walk(node.children ?? [])])
  return walk(JSON.parse(inflateSync(Buffer.from(data, 'base64')).toString('utf8')) as NavigationNode[])
}
