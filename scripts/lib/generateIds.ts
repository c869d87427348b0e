import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { collections } from './collections.js'

export const GENERATED_BANNER =
  '// Generated from data/*.json by scripts/generate.ts — do not edit. Run `npm run generate`.'

function idsConstName(name: string): string {
  return `${name === 'plan' ? 'planItem' : name.replace(/s$/, '').replace(/ie$/, 'y')}Ids`
}

/** The source text of src/data/ids.ts: one `as const` id list and one id union per collection. */
export function generateIdsModule(dataDir: string): string {
  const parts = [GENERATED_BANNER, '']
  for (const { name, idType } of collections) {
    const records = JSON.parse(readFileSync(join(dataDir, `${name}.json`), 'utf8')) as { id: string }[]
    const constName = idsConstName(name)
    const ids = records.map((record) => `  '${record.id}',`).join('\n')
    const first = records[0]?.id
    parts.push(
      '/**',
      ` * Every {@link ${idType}}, in the order of \`data/${name}.json\`: for menus, validation and autocomplete.`,
      ' * @category Data',
      ' * @example',
      ' * ```ts',
      ` * import { ${constName} } from 'cdht-data'`,
      first === undefined ? ` * console.log(Array.isArray(${constName}))` : ` * console.log(${constName}.includes('${first}'))`,
      ' * //=> true',
      ' * ```',
      ' */',
      // Frozen, so no caller can add an id; pure, so a bundle that uses no list drops it.
      `export const ${constName} = /* @__PURE__ */ Object.freeze([\n${ids}\n] as const)`,
      `/** An id of the \`${name}\` collection. @category Data */`,
      `export type ${idType} = (typeof ${constName})[number]`,
      '',
    )
  }
  return parts.join('\n')
}
