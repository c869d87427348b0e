// Which source modules the main entry re-exports whole: every value a module exports is among the
// names `src/index.ts` re-exports from it. The CLI build imports those modules from the built
// `./index.js` instead of compiling its own copy, so the CLI loads the very file `import
// 'cdht-data'` does (the data, the helpers, their caches) and the package holds that code once.
// A module with a value the entry does not re-export stays compiled into the CLI; a mistake here
// fails loudly at link time ("does not provide an export named …"), and the packed CLI tests run.
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

const VALUE_EXPORT = /^export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|var|class)\s+([A-Za-z_$][\w$]*)/gm
const RE_EXPORT = /^export\s+\{([^}]*)\}\s+from\s+'([^']+)'/gm

/**
 * Absolute paths of the modules the entry re-exports whole.
 * @param {string} entry - Absolute path of the entry (src/index.ts).
 * @returns {Set<string>}
 */
export function wholeReExports(entry) {
  const names = new Map()
  for (const [, list, from] of readFileSync(entry, 'utf8').matchAll(RE_EXPORT)) {
    const path = resolve(dirname(entry), from).replace(/\.js$/, '.ts')
    const set = names.get(path) ?? new Set()
    for (const item of list.split(',').map((name) => name.trim()).filter(Boolean)) set.add(item.split(/\s+as\s+/).at(-1))
    names.set(path, set)
  }
  const whole = new Set()
  for (const [path, exported] of names) {
    const values = [...readFileSync(path, 'utf8').matchAll(VALUE_EXPORT)].map(([, name]) => name)
    // A module of types only has nothing to share at run time.
    if (values.length > 0 && values.every((name) => exported.has(name))) whole.add(path)
  }
  return whole
}
