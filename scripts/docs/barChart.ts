/**
 * A horizontal bar chart as SVG: one row per bar, a two-line label (Chinese, then English) on
 * the left, the value as text at the end of the bar. Bars of lower bounds (超…) are drawn open
 * and dashed, so a reader does not take "more than 2400" for 2400.
 */
import { element, svgDocument, textWidth } from './svg.js'

/** One bar. */
export interface Bar {
  /** First label line (Chinese, as the source writes it). */
  readonly label: string
  /** Second, smaller label line (English). */
  readonly sublabel: string
  /** Length of the bar, in the chart's unit. */
  readonly value: number
  /** The value as printed at the end of the bar. */
  readonly valueText: string
  /** Whether the value is a lower bound: the bar is drawn open and dashed. */
  readonly lowerBound: boolean
}

/** What the chart shows. */
export interface BarChart {
  readonly title: string
  /** Text under the chart: the unit, the sources, caveats. */
  readonly footnotes: readonly string[]
  readonly bars: readonly Bar[]
}

const PLOT_WIDTH = 360
const MARGIN = 16
const ROW = 46
const BAR = 22
const TITLE_HEIGHT = 40
const FOOTNOTE_LINE = 17
const LABEL_SIZE = 14
const SUBLABEL_SIZE = 11
const VALUE_SIZE = 13
const COLOR = '#4a6fa5'

/**
 * Renders a bar chart. Bars start at zero; negative values extend to the left of the axis.
 *
 * @param chart - Title, footnotes and bars.
 * @returns The SVG file's text.
 * @throws Error when there are no bars (an empty chart would claim there is nothing to show).
 */
export function renderBarChart(chart: BarChart): string {
  if (chart.bars.length === 0) throw new Error(`bar chart "${chart.title}": no bars`)
  // The plot keeps a fixed width; the labels and values get the room they need beside it.
  const labelWidth = Math.max(...chart.bars.map((bar) => Math.max(textWidth(bar.label, LABEL_SIZE), textWidth(bar.sublabel, SUBLABEL_SIZE))))
  const valueWidth = Math.max(...chart.bars.map((bar) => textWidth(bar.valueText, VALUE_SIZE))) + 8
  const plotLeft = MARGIN + labelWidth + 12
  const plotWidth = PLOT_WIDTH
  const width = Math.max(plotLeft + plotWidth + valueWidth + MARGIN, MARGIN * 2 + textWidth(chart.title, 17), ...chart.footnotes.map((note) => MARGIN * 2 + textWidth(note, 12)))
  const low = Math.min(0, ...chart.bars.map((bar) => bar.value))
  const high = Math.max(0, ...chart.bars.map((bar) => bar.value))
  const x = (value: number): number => plotLeft + ((value - low) / (high - low || 1)) * plotWidth
  const top = MARGIN + TITLE_HEIGHT
  const body = [element('text', { x: MARGIN, y: MARGIN + 18, 'font-size': 17, 'font-weight': 'bold', fill: '#1b365d' }, { text: chart.title })]
  chart.bars.forEach((bar, index) => {
    const y = top + index * ROW
    const [from, to] = bar.value < 0 ? [x(bar.value), x(0)] : [x(0), x(bar.value)]
    body.push(
      element('g', {}, [
        element('text', { x: MARGIN, y: y + 16, 'font-size': LABEL_SIZE, fill: '#222' }, { text: bar.label }),
        element('text', { x: MARGIN, y: y + 32, 'font-size': SUBLABEL_SIZE, fill: '#555' }, { text: bar.sublabel }),
        element('rect', {
          x: from,
          y: y + (ROW - BAR) / 2 - 4,
          width: Math.max(to - from, 1),
          height: BAR,
          fill: bar.lowerBound ? 'none' : COLOR,
          stroke: COLOR,
          'stroke-width': 1.5,
          'stroke-dasharray': bar.lowerBound ? '5 3' : undefined,
        }),
        element('text', { x: (bar.value < 0 ? x(0) : to) + 6, y: y + 22, 'font-size': VALUE_SIZE, fill: '#222' }, { text: bar.valueText }),
      ]),
    )
  })
  const axisBottom = top + chart.bars.length * ROW - 6
  body.push(element('line', { x1: x(0), y1: top - 4, x2: x(0), y2: axisBottom, stroke: '#888' }))
  chart.footnotes.forEach((footnote, index) => {
    body.push(element('text', { x: MARGIN, y: axisBottom + 22 + index * FOOTNOTE_LINE, 'font-size': 12, fill: '#444' }, { text: footnote }))
  })
  const height = axisBottom + 22 + chart.footnotes.length * FOOTNOTE_LINE + MARGIN
  const description = chart.bars.map((bar) => `${bar.label} (${bar.sublabel}): ${bar.valueText}`).join('; ')
  return svgDocument(width, height, chart.title, description, body)
}
