/**
 * Every source a record rests on: its own `source` and the `enSource` of any label inside it (an
 * official English name is known only from the source that shows it).
 */
export function citedSources(record: { readonly source?: string }): string[] {
  const cited = record.source === undefined ? [] : [record.source]
  collectEnSources(record, cited)
  return cited
}

function collectEnSources(value: unknown, into: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectEnSources(item, into)
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'enSource' && typeof item === 'string') into.push(item)
      else collectEnSources(item, into)
    }
  }
}
