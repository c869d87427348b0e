/**
 * The target scorecard of the catalogue: every target with what became of it on a fixed day
 * (assessTarget's outcome, its evidence and gap), as a table and as a chart counting targets by
 * outcome. The day is a constant (the release date in meta.ts), never the wall clock, so that
 * `build.ts --check` gives the same answer on any day.
 */
import type { Dataset } from '../../src/export/types.js'
import { OUTCOME_TERMS } from '../../src/glossary/terms.js'
import type { DatasetView } from '../../src/query/asOf.js'
import { assessTarget } from '../../src/targets/assessTarget.js'
import type { TargetAssessment, TargetOutcome } from '../../src/targets/assessTarget.js'
import { format } from '../../src/units/format.js'
import type { BarChart } from './barChart.js'
import { english } from './catalogue.js'
import { code, escapeMarkdown, table } from './markdown.js'

const OUTCOMES: readonly TargetOutcome[] = ['met', 'missed', 'undetermined', 'not-published', 'pending']

/**
 * Every target of the dataset assessed against the dataset itself on a day.
 *
 * @param dataset - The dataset (its observations are the evidence).
 * @param on - The day, `YYYY-MM-DD`.
 * @returns One assessment per target, in the dataset's order.
 */
export function assessAll(dataset: Dataset, on: string): TargetAssessment[] {
  const view = { ...dataset, asOf: null } as unknown as DatasetView
  return dataset.targets.map((target) => assessTarget(target, { on, dataset: view }))
}

// The gap in the target's unit; a growth target's in percentage points. Lower-bound actuals
// leave the gap a bound too, said in words.
function gapText(assessment: TargetAssessment): string {
  const { gap, target } = assessment
  if (gap === null) return ''
  const decimals = Math.max(target.decimals, (String(gap.gap).split('.')[1] ?? '').length)
  const size = Math.abs(gap.gap)
  const amount = target.unit === 'percent' ? `${size.toFixed(decimals)} pp` : format({ ...target, value: size, decimals, bound: 'exact', comparator: 'eq' })
  const word = gap.gap > 0 ? 'short' : 'beyond'
  return gap.actualBound === 'lower' && gap.gap > 0 ? `at most ${amount} ${word}` : `${amount} ${word}`
}

const byDeadline = (a: TargetAssessment, b: TargetAssessment): number => a.target.deadline.localeCompare(b.target.deadline) || a.target.id.localeCompare(b.target.id)

/**
 * The catalogue's "Target scorecard" section.
 *
 * @param assessments - From {@link assessAll}.
 * @param on - The day they were assessed on.
 * @param chart - Path of the scorecard chart, relative to docs/.
 * @returns The section's Markdown lines.
 */
export function scorecardSection(assessments: readonly TargetAssessment[], on: string, chart: string): string[] {
  const rows = [...assessments].sort(byDeadline).map(({ target, outcome, evidence, ...rest }) => [
    code(target.id),
    `${escapeMarkdown(target.label.zh)} (${english(target.label)})`,
    escapeMarkdown(format(target)),
    target.deadline,
    `**${OUTCOME_TERMS[outcome].en}** (${OUTCOME_TERMS[outcome].zh})`,
    evidence === null ? '' : code(evidence.id),
    gapText({ target, outcome, evidence, ...rest }),
  ])
  return [
    '## Target scorecard',
    '',
    `What became of each target as the dataset knows it on ${on} (the release date), by \`assessTarget\`: ` +
      '**met** (an actual reaches it), **missed** (the actual for its period falls short), **undetermined** ' +
      '(the actual is a lower bound below the value, so the bounds overlap: 超2400 against 超过3000), ' +
      '**not published** (the deadline has passed and the sources hold no actual for it), **pending** ' +
      '(the deadline is not reached). The evidence is the observation the outcome rests on.',
    '',
    `![Targets by outcome on ${on}](${chart})`,
    '',
    ...table(['Id', 'Target', 'Value', 'Deadline', 'Outcome', 'Evidence', 'Gap'], rows),
    '',
  ]
}

/**
 * The scorecard chart: how many targets have each outcome on the day.
 *
 * @param assessments - From {@link assessAll}.
 * @param on - The day they were assessed on.
 * @returns The chart, one bar per outcome (zero counts too: an empty bar is an answer).
 */
export function scorecardChart(assessments: readonly TargetAssessment[], on: string): BarChart {
  return {
    title: `Targets by outcome on ${on}`,
    footnotes: [`${assessments.length} targets, each assessed by assessTarget against the dataset as of ${on}.`],
    bars: OUTCOMES.map((outcome) => {
      const count = assessments.filter((assessment) => assessment.outcome === outcome).length
      return { label: OUTCOME_TERMS[outcome].zh, sublabel: OUTCOME_TERMS[outcome].en, value: count, valueText: String(count), lowerBound: false }
    }),
  }
}
