import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DRAWN_TYPES, findReferences, renderDataModel, TYPE_FILES } from '../../scripts/docs/dataModel.js'

const types = TYPE_FILES.map((file) => readFileSync(join(import.meta.dirname, '../..', file), 'utf8')).join('\n')

describe('findReferences', () => {
  const references = findReferences(types)

  it('finds the links the data model guide explains', () => {
    expect(references).toEqual(
      expect.arrayContaining([
        { from: 'Observation', field: 'indicator', to: 'Indicator' },
        { from: 'Observation', field: 'scope', to: 'Zone' },
        { from: 'Observation', field: 'supersedes', to: 'Observation' },
        { from: 'Target', field: 'indicator', to: 'Indicator' },
        { from: 'Label', field: 'enSource', to: 'Source' },
      ]),
    )
  })

  it('reads nested and optional fields, and ignores the record id', () => {
    const source = `
      export interface Zone { readonly id: ZoneId; readonly focus?: { readonly sources: readonly SourceId[] } }
      export interface Helper { readonly zone: ZoneId }`
    expect(findReferences(source)).toEqual([{ from: 'Zone', field: 'focus.sources', to: 'Source' }])
  })
})

describe('renderDataModel', () => {
  it('draws a box per record type and describes every link for screen readers', () => {
    const svg = renderDataModel(findReferences(types))
    for (const type of ['Indicator', 'Observation', 'Target', 'Zone', 'Source', 'Label', 'PlanItem']) expect(svg).toContain(`>${type}</text>`)
    expect(svg).toContain('Observation.supersedes refers to Observation')
  })

  it('fails for a type without a place in the grid rather than drawing it on top of another', () => {
    expect(() => renderDataModel([], [...DRAWN_TYPES, 'Erratum'])).toThrow('no place for Erratum')
  })
})
