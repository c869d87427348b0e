/**
 * Every file the docs build generates from the data and the types, by path from the project
 * root. scripts/docs/build.ts writes them; test/docs/generated.test.ts fails when a checked-in
 * copy differs (they are checked in so that TypeDoc finds them in a fresh clone and so that a
 * data change shows up in review as readable text).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readDataset } from '../lib/readDataset.js'
import { renderBarChart } from './barChart.js'
import { renderCatalogue } from './catalogue.js'
import { gdpByYear, growth2023 } from './charts.js'
import { findReferences, renderDataModel, TYPE_FILES } from './dataModel.js'
import { meta } from '../../src/release/meta.js'
import { assessAll, scorecardChart, scorecardSection } from './scorecard.js'

/** A generated file. */
export interface GeneratedFile {
  /** Path from the project root, `/`-separated. */
  readonly path: string
  readonly text: string
}

/**
 * Renders every generated docs file.
 *
 * @param root - The project root.
 * @returns The files, in a fixed order.
 */
export function docsOutputs(root: string): GeneratedFile[] {
  const dataset = readDataset(join(root, 'data'))
  // The release date, not today: the scorecard must not change under --check from one day to the next.
  const on = meta.released
  const assessments = assessAll(dataset, on)
  return [
    { path: 'docs/catalogue.md', text: renderCatalogue(dataset, 'assets/growth-2023.svg', scorecardSection(assessments, on, 'assets/target-scorecard.svg')) },
    { path: 'docs/assets/target-scorecard.svg', text: renderBarChart(scorecardChart(assessments, on)) },
    { path: 'docs/assets/growth-2023.svg', text: renderBarChart(growth2023(dataset)) },
    { path: 'docs/assets/gdp-by-year.svg', text: renderBarChart(gdpByYear(dataset)) },
    { path: 'docs/assets/data-model.svg', text: renderDataModel(findReferences(TYPE_FILES.map((file) => readFileSync(join(root, file), 'utf8')).join('\n'))) },
  ]
}
