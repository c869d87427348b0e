/**
 * What the API reference requires of each public export's TSDoc. TypeDoc's own validation only
 * knows "has a comment"; these rules also ask for what a reader needs to call a function
 * correctly without reading its source.
 */
import type { PublicExport } from './publicApi.js'

/** Kinds whose reference page must show an example: everything a user calls or reads at run time. */
const NEEDS_EXAMPLE = new Set<PublicExport['kind']>(['function', 'variable', 'class'])

/**
 * The gaps in one export's documentation, each as one line naming the export.
 *
 * - every export: a summary, and a `@category` that typedoc.json orders (else it lands in "Other");
 * - functions, constants and classes: at least one `@example`;
 * - anything callable: a `@param` for each parameter (and none for a parameter it lacks) and a
 *   `@throws` saying what it throws
 *   (write `@throws Never …` when it cannot throw, so that the silence is a decision).
 *
 * @param item - The export.
 * @param categories - The categories typedoc.json lists in `categoryOrder`.
 * @returns One message per gap; empty when the documentation is complete.
 */
export function tsdocGaps(item: PublicExport, categories: readonly string[]): string[] {
  const where = `${item.entry} ${item.name} (${item.kind}, ${item.file})`
  const tagged = (name: string): readonly PublicExport['tags'][number][] => item.tags.filter((tag) => tag.name === name)
  const gaps: string[] = []
  if (item.summary === '') gaps.push(`${where}: no summary`)
  const category = tagged('category')[0]?.text.trim()
  if (category === undefined) gaps.push(`${where}: no @category`)
  else if (!categories.includes(category)) gaps.push(`${where}: @category ${category} is not in typedoc.json categoryOrder`)
  if (NEEDS_EXAMPLE.has(item.kind) && tagged('example').length === 0) gaps.push(`${where}: no @example`)
  if (item.callable) {
    const documented = new Set(tagged('param').map((tag) => /^[\w$.]+/.exec(tag.text.trim())?.[0]))
    for (const parameter of item.parameters) {
      // A destructured parameter has no name in the signature (__0): any @param covers it.
      const covered = /^__\d+$/.test(parameter) ? documented.size > 0 : documented.has(parameter)
      if (!covered) gaps.push(`${where}: no @param ${parameter}`)
    }
    // TypeDoc shows a @param that names no parameter nowhere (and warns); `options.scope` documents a field of `options`.
    const destructured = item.parameters.some((parameter) => /^__\d+$/.test(parameter))
    for (const name of documented) {
      const named = name !== undefined && item.parameters.includes(name.split('.')[0]!)
      if (!named && !destructured) gaps.push(`${where}: @param ${name ?? '(no name)'} names no parameter`)
    }
    if (tagged('throws').length === 0) gaps.push(`${where}: no @throws`)
  }
  return gaps
}
