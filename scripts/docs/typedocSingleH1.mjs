// A TypeDoc plugin that leaves the home page one H1: the README's own title. TypeDoc heads every
// page with "<name> - v<version>" as an H1, and the README it renders there starts with its own;
// two H1s confuse screen readers and search engines. On the home page only, TypeDoc's heading
// becomes a paragraph with the same text and look.
import { PageEvent } from 'typedoc'

const TITLE = /<div class="tsd-page-title">\s*<h1>([^<]*)<\/h1>\s*<\/div>/

/** TypeDoc's entry point. */
export function load(app) {
  app.renderer.on(PageEvent.END, (page) => {
    if (page.url !== 'index.html' || page.contents === undefined) return
    page.contents = page.contents.replace(TITLE, '<div class="tsd-page-title"><p class="tsd-project-title">$1</p></div>')
  })
}
