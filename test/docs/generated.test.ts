import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { docsOutputs } from '../../scripts/docs/outputs.js'

const root = join(import.meta.dirname, '../..')

describe('generated docs files match the data and the types (run `npm run docs` when this fails)', () => {
  it.each(docsOutputs(root).map((file) => [file.path, file.text]))('%s', (path, text) => {
    expect(readFileSync(join(root, path), 'utf8')).toBe(text)
  })
})
