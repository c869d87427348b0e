import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateIdsModule } from '../../scripts/lib/generateIds.js'
import { generateJsonSchemas } from '../../scripts/lib/generateJsonSchemas.js'

const root = join(import.meta.dirname, '../..')

describe('generated files match the data (run `npm run generate` when this fails)', () => {
  it('src/data/ids.ts', () => {
    expect(readFileSync(join(root, 'src/data/ids.ts'), 'utf8')).toBe(generateIdsModule(join(root, 'data')))
  })

  it.each(generateJsonSchemas())('data/schema/%s', (file, text) => {
    expect(readFileSync(join(root, 'data/schema', file), 'utf8')).toBe(text)
  })
})
