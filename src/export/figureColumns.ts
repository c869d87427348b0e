import type { Observation, Target } from '../types.js'
import { rescale } from '../units/rescale.js'
import { column } from './defineTable.js'
import type { ColumnDefinition } from './defineTable.js'
import { periodBounds } from '../time/periodBounds.js'

/** The value of a number as published: 6.0 stays `6.0`, which JSON cannot keep. */
export const published = (value: number, decimals: number): string => value.toFixed(decimals)

/**
 * The value in base units (yuan, dollars, persons, enterprises, percent), exact: the published
 * decimal string shifted by the multiplier, never through a float (433.01 × 10⁹ is
 * `433010000000`, not 433009999999.99994).
 */
export const baseValue = (value: number, decimals: number, multiplier: Parameters<typeof rescale>[1]): string =>
  rescale(published(value, decimals), multiplier, 0)

type Figure = Observation | Target

/**
 * The columns an observation and a target share: indicator, measure, scope, the period as text
 * and as its first and last day, and the value as published, in base units, with its decimals,
 * unit and multiplier.
 *
 * @returns The column definitions.
 */
export const figureColumns = (): ColumnDefinition<Figure>[] => [
  column('indicator', 'string', 'The indicator (indicators.id)', (row) => row.indicator, { references: 'indicators' }),
  column('measure', 'string', 'level, growth (year-on-year, percent), share (percent of a whole) or rank', (row) => row.measure),
  column('basis', 'string', 'For a growth: real, nominal or unspecified', (row) => row.basis, { required: false }),
  column('scope', 'string', 'The area the figure is for (zones.id)', (row) => row.scope, { references: 'zones' }),
  column('period', 'string', 'YYYY, a month interval YYYY-MM/YYYY-MM, or a date YYYY-MM-DD (a stock): text, read it as text', (row) => row.period),
  column('period_start', 'date', 'First day of the period', (row) => periodBounds(row.period).start),
  column('period_end', 'date', 'Last day of the period', (row) => periodBounds(row.period).end),
  column('value', 'number', 'The value as published, in unit × 10^multiplier, written with its published decimals', (row) =>
    published(row.value, row.decimals),
  ),
  column('base_value', 'number', 'The same value in base units (yuan, US dollars, persons, enterprises, percent): value × 10^multiplier, exact', (row) =>
    baseValue(row.value, row.decimals, row.multiplier),
  ),
  column('decimals', 'integer', 'Decimals as published (6.0 has 1)', (row) => row.decimals),
  column('unit', 'string', 'Base unit: CNY, USD, percent, count or rank', (row) => row.unit),
  column('multiplier', 'integer', 'Power of ten of the unit (SDMX UNIT_MULT): 8 for 亿 (100 million), 4 for 万', (row) => row.multiplier),
]
