/**
 * The data-model diagram (docs/assets/data-model.svg), drawn from the record types themselves
 * ({@link TYPE_FILES}): every
 * field whose type names an id type (`indicator: IndicatorId`) is a reference, so the diagram
 * changes when the types do and cannot show a link the types lack. Only the placement of the
 * boxes is written by hand.
 */
import ts from 'typescript'
import { collections } from '../lib/collections.js'
import { element, svgDocument } from './svg.js'

/** A field of one record type that holds the id of another record. */
export interface Reference {
  /** The record type holding the field (`Observation`), or `Label`. */
  readonly from: string
  /** The field, dotted when nested (`focus.plans`). */
  readonly field: string
  /** The record type referred to (`Indicator`). */
  readonly to: string
}

/** The modules that declare the record types, from the project root. */
export const TYPE_FILES: readonly string[] = ['src/types.ts', 'src/zoneTypes.ts']

const recordByIdType = new Map<string, string>(collections.map((collection) => [collection.idType, collection.recordType]))
const fileByRecord = new Map<string, string>(collections.map((collection) => [collection.recordType, `data/${collection.name}.json`]))
/** Every record type, and the bilingual label: not a record, but it holds a reference (`enSource`). */
export const DRAWN_TYPES: readonly string[] = [...fileByRecord.keys(), 'Label']

/**
 * Every reference between record types declared in a types module.
 *
 * @param typesSource - The text of the {@link TYPE_FILES}, one after the other.
 * @returns The references, in declaration order.
 */
export function findReferences(typesSource: string): Reference[] {
  const file = ts.createSourceFile('types.ts', typesSource, ts.ScriptTarget.Latest, true)
  const references: Reference[] = []
  const visitMembers = (from: string, members: ts.NodeArray<ts.TypeElement>, prefix: string): void => {
    for (const member of members) {
      if (!ts.isPropertySignature(member) || member.type === undefined) continue
      const field = `${prefix}${member.name.getText(file)}`
      if (field === 'id') continue
      if (ts.isTypeLiteralNode(member.type)) {
        visitMembers(from, member.type.members, `${field}.`)
        continue
      }
      for (const match of member.type.getText(file).matchAll(/\b(\w+Id)\b/g)) {
        const to = recordByIdType.get(match[1]!)
        if (to !== undefined) references.push({ from, field, to })
      }
    }
  }
  for (const statement of file.statements) {
    if (ts.isInterfaceDeclaration(statement) && DRAWN_TYPES.includes(statement.name.text)) {
      visitMembers(statement.name.text, statement.members, '')
    }
  }
  return references
}

// Placement by column and row, three columns so the diagram stays legible at the width of a
// page. Types that refer to each other sit next to each other, so that no arrow crosses a box;
// links to Source are listed in the boxes, not drawn (almost every record has one).
const GRID: Readonly<Record<string, readonly [column: number, row: number]>> = {
  Indicator: [0, 0],
  Zone: [1, 0],
  Park: [2, 0],
  Observation: [0, 1],
  Target: [1, 1],
  Industry: [2, 1],
  Label: [0, 2],
  Source: [1, 2],
  Project: [2, 2],
  Chain: [0, 3],
  PlanItem: [1, 3],
  Fact: [2, 3],
  SeriesBreak: [0, 4],
}
const COLUMNS = 3
const BOX_WIDTH = 220
const COLUMN_GAP = 44
const ROW_HEIGHT = 168
const HEADER = 44
const LINE = 19
const MARGIN = 16
const CAPTION = [
  'Arrows: a field holding the id of another record.',
  'Links to Source (the source field, beside the quoted passage) are listed, not drawn.',
]

interface Box {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/**
 * The diagram as an SVG document.
 *
 * @param references - What {@link findReferences} found.
 * @param types - The boxes to draw: every record type and `Label`.
 * @returns The SVG file's text.
 * @throws Error when a type has no place in the grid (a new collection: add it to GRID).
 */
export function renderDataModel(references: readonly Reference[], types: readonly string[] = DRAWN_TYPES): string {
  const boxes = new Map<string, Box>()
  for (const type of types) {
    const cell = GRID[type]
    if (cell === undefined) throw new Error(`data model diagram: no place for ${type}; add it to GRID in scripts/docs/dataModel.ts`)
    const rows = references.filter((reference) => reference.from === type).length
    const x = MARGIN + cell[0] * (BOX_WIDTH + COLUMN_GAP)
    boxes.set(type, { x, y: MARGIN + cell[1] * ROW_HEIGHT, width: BOX_WIDTH, height: HEADER + Math.max(rows, 1) * LINE + 8 })
  }
  const body = [arrowMarker()]
  for (const reference of references) {
    if (reference.to === 'Source' && reference.from !== 'Label') continue
    body.push(reference.from === reference.to ? selfLoop(boxes.get(reference.from)!) : arrow(boxes.get(reference.from)!, boxes.get(reference.to)!))
  }
  for (const [type, box] of boxes) body.push(drawBox(type, box, references))
  const width = MARGIN * 2 + COLUMNS * BOX_WIDTH + (COLUMNS - 1) * COLUMN_GAP
  const bottom = Math.max(...[...boxes.values()].map((box) => box.y + box.height))
  CAPTION.forEach((line, index) => {
    body.push(element('text', { x: MARGIN, y: bottom + 28 + index * 18, 'font-size': 13, fill: '#444' }, { text: line }))
  })
  const height = bottom + 28 + CAPTION.length * 18 + MARGIN
  return svgDocument(
    width,
    height,
    'How the records of cdht-data refer to each other',
    references.map((reference) => `${reference.from}.${reference.field} refers to ${reference.to}`).join('; '),
    body,
  )
}

function drawBox(type: string, box: Box, references: readonly Reference[]): string {
  const rows = references.filter((reference) => reference.from === type)
  const lines = rows.length === 0 ? ['(no references)'] : rows.map((reference) => `${reference.field} → ${reference.to}`)
  const subtitle = fileByRecord.get(type) ?? 'in records: label, publisher…'
  return element('g', {}, [
    element('rect', { x: box.x, y: box.y, width: box.width, height: box.height, rx: 6, fill: type === 'Label' ? '#f6f6f6' : '#eef4fb', stroke: '#4a6fa5' }),
    element('text', { x: box.x + 10, y: box.y + 20, 'font-size': 17, 'font-weight': 'bold', fill: '#1b365d' }, { text: type }),
    element('text', { x: box.x + 10, y: box.y + 37, 'font-size': 12, fill: '#555' }, { text: subtitle }),
    ...lines.map((line, index) =>
      element('text', { x: box.x + 10, y: box.y + HEADER + 14 + index * LINE, 'font-size': 14, fill: '#222' }, { text: line }),
    ),
  ])
}

function arrowMarker(): string {
  return element('defs', {}, [
    element('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, [
      element('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#4a6fa5' }),
    ]),
  ])
}

/** A straight arrow between the edges of two boxes, along the line joining their centres. */
function arrow(from: Box, to: Box): string {
  const start = edgePoint(from, centre(to))
  const end = edgePoint(to, centre(from))
  return element('line', { x1: start.x, y1: start.y, x2: end.x, y2: end.y, stroke: '#4a6fa5', 'stroke-width': 1.5, 'marker-end': 'url(#arrow)' })
}

function selfLoop(box: Box): string {
  const right = box.x + box.width
  const top = box.y + 14
  const bottom = box.y + box.height - 14
  return element('path', {
    d: `M${right},${bottom} C${right + 34},${bottom} ${right + 34},${top} ${right + 2},${top}`,
    fill: 'none',
    stroke: '#4a6fa5',
    'stroke-width': 1.5,
    'marker-end': 'url(#arrow)',
  })
}

function centre(box: Box): { x: number; y: number } {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/** Where the line from a box's centre towards a point leaves the box. */
function edgePoint(box: Box, toward: { x: number; y: number }): { x: number; y: number } {
  const from = centre(box)
  const dx = toward.x - from.x
  const dy = toward.y - from.y
  const scale = Math.min(dx === 0 ? Infinity : box.width / 2 / Math.abs(dx), dy === 0 ? Infinity : box.height / 2 / Math.abs(dy))
  return { x: from.x + dx * scale, y: from.y + dy * scale }
}
