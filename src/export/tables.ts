import type { Indicator, Label, Observation, SeriesBreak, Source, Target } from '../types.js'
import type { Chain, Fact, Industry, Park, PlanItem, Project, Zone } from '../zoneTypes.js'
import { column, defineTable, labelColumns } from './defineTable.js'
import type { ColumnDefinition } from './defineTable.js'
import { breaksBefore } from './breaksBefore.js'
import { baseValue, figureColumns, published } from './figureColumns.js'
import { errataTable } from './errataTable.js'
import type { Dataset, Table } from './types.js'

// Labels flatten to four columns each; the two nested lists (a key zone's focus plans, a
// project's firsts) become tables of their own, one row per item, so every CSV cell is a scalar
// that Excel and DuckDB read without a JSON parser.

interface Provenance {
  readonly source: string
  readonly passage: string
}

const id = <Row extends { readonly id: string }>(what: string): ColumnDefinition<Row> =>
  column('id', 'string', `Stable id of the ${what}`, (row) => row.id)
const label = <Row extends { readonly label: Label }>(what: string): ColumnDefinition<Row>[] =>
  labelColumns('label', `Name of the ${what}`, (row) => row.label)
const provenance = <Row extends Provenance>(): ColumnDefinition<Row>[] => [
  column('source', 'string', 'The source that states it (sources.id)', (row) => row.source, { references: 'sources' }),
  column('passage', 'string', 'The clause of the source that states it, verbatim, unless passage_origin says it is a summary', (row) => row.passage),
]
const passageOrigin = <Row extends { readonly passageOrigin?: string }>(): ColumnDefinition<Row> =>
  column('passage_origin', 'string', "summary when the passage is the compilation's summary, not the source's words; empty otherwise", (row) => row.passageOrigin, { required: false })
const note = <Row extends { readonly note?: string }>(): ColumnDefinition<Row> =>
  column('note', 'string', 'Caveats a reader needs, in English', (row) => row.note, { required: false })

/**
 * Every table of the CSV export, in a fixed order: one per collection, then `zone_focus_plans`
 * and `project_firsts`.
 *
 * @param dataset - The records of every collection.
 * @returns The tables, rows in data order.
 * @throws {@link CdhtDataError} `INVALID_PERIOD` when an observation or target has a malformed
 * period (the schema tests refuse such data first).
 */
export function buildTables(dataset: Dataset): Table[] {
  const breaksByObservation = breaksBefore(dataset.observations, dataset.breaks)
  return [
    defineTable<Source>(
      {
        name: 'sources',
        title: 'Sources',
        description: 'Every document the figures come from',
        columns: [
          id('source'),
          column('title', 'string', 'The title as published; empty where unknown', (row) => row.title, { required: false }),
          ...labelColumns('publisher', 'The publisher', (row: Source) => row.publisher),
          column('published', 'string', 'Publication date, ISO 8601 at the precision known (2024-02-23, 2018); empty where unknown', (row) => row.published, { required: false }),
          column('released_on', 'date', 'For an undated source: the day its figures were first released, as a held text states it; empty otherwise', (row) => row.released?.on, { required: false }),
          column('released_passage', 'string', 'The words of the held text that state released_on, verbatim; empty where there is none', (row) => row.released?.passage, { required: false }),
          ...labelColumns('reports', 'What the document reports', (row: Source) => row.reports),
          column('grade', 'string', 'primary (the zone’s own report), press (a named outlet) or reprint', (row) => row.grade),
          column('held_in_file', 'string', 'The file of the shared sources/ folder that holds the quoted text', (row) => row.heldIn.file),
          column('held_in_sha256', 'string', 'sha256 of that file', (row) => row.heldIn.sha256),
          column('held_in_full_text', 'boolean', 'Whether that file is the document itself (true) or a compilation quoting it', (row) => row.heldIn.fullText),
          column('note', 'string', 'Other copies seen, or what stands behind an unknown date; empty where none', (row) => row.note, { required: false }),
        ],
      },
      dataset.sources,
    ),
    defineTable<Indicator>(
      {
        name: 'indicators',
        title: 'Indicators',
        description: 'The indicator catalogue',
        columns: [
          id('indicator'),
          ...label('indicator'),
          column('category', 'string', 'Topic of the indicator', (row) => row.category),
          column('kind', 'string', 'flow (accumulated over a period) or stock (a level at a date)', (row) => row.kind),
          column('unit', 'string', 'Unit of the level: CNY, percent, count or rank', (row) => row.unit),
          ...labelColumns('counter', 'For counts: what is counted, with the measure word the source uses', (row: Indicator) => row.counter, false),
          column('definition', 'string', 'What the indicator measures, in plain English', (row) => row.definition),
        ],
      },
      dataset.indicators,
    ),
    defineTable<Observation>(
      {
        name: 'observations',
        title: 'Observations',
        description: 'Every observed value, all vintages: a row with supersedes revises the row it names',
        columns: [
          id('observation'),
          ...figureColumns(),
          column('bound', 'string', 'exact, lower (a lower bound: 超, 突破) or top (a rank within the top N)', (row) => row.bound),
          ...labelColumns('rank_among', 'For a share or rank: the whole or the ranking', (row: Observation) => row.rankAmong, false),
          column('status', 'string', 'actual', (row) => row.status),
          column('coverage', 'string', 'For the bonded zone: with-shuangliu, without-shuangliu or unstated; empty elsewhere', (row) => row.coverage, { required: false }),
          column('break_before', 'string', 'Ids of the breaks in series (breaks.id, separated by spaces) between this value and the previous one of its series: no growth across them; empty when none', (row) => breaksByObservation.get(row.id)?.join(' '), { required: false }),
          ...provenance(),
          passageOrigin(),
          column('published_as', 'string', 'The words the source uses for the indicator where they differ from its label (产业增加值 for GDP)', (row) => row.publishedAs, { required: false }),
          column('supersedes', 'string', 'The observation this one revises (a later vintage of the same figure)', (row) => row.supersedes, { required: false, references: '' }),
          note(),
        ],
      },
      dataset.observations,
    ),
    defineTable<Target>(
      {
        name: 'targets',
        title: 'Targets',
        description: 'Targets and planned figures',
        columns: [
          id('target'),
          ...label('target'),
          ...figureColumns(),
          column('deadline', 'date', 'Last day to meet the target', (row) => row.deadline),
          column('deadline_stated', 'boolean', 'Whether the source states the deadline (false: the end of the period)', (row) => row.deadlineStated),
          column('comparator', 'string', 'gt (more than: reaching the value is not enough), gte (at least) or eq (a planned quantity stated without 以上/超/突破/达到)', (row) => row.comparator),
          column('status', 'string', 'target (a goal) or plan (a quantity the zone plans to deliver)', (row) => row.status),
          ...provenance(),
          passageOrigin(),
          note(),
        ],
      },
      dataset.targets,
    ),
    defineTable<Zone>(
      {
        name: 'zones',
        title: 'Zones',
        description: 'The zone, its key zones, the bonded zone, and scopes a source leaves unclear; focus plans are in zone_focus_plans',
        columns: [
          id('zone'),
          ...label('zone'),
          column('kind', 'string', 'zone, key-zone, bonded-zone or unresolved', (row) => row.kind),
          column('part_of', 'string', 'The zone this one is part of (zones.id)', (row) => row.partOf, { required: false, references: '' }),
          column('built_by', 'string', 'The zone that undertakes building it (zones.id); says nothing of statistical scope', (row) => row.builtBy, { required: false, references: '' }),
          column('focus_year', 'integer', 'For key zones: the year of the focus theme', (row) => row.focus?.year, { required: false }),
          ...labelColumns('focus_theme', 'For key zones: the theme of that year', (row: Zone) => row.focus?.theme, false),
          ...provenance(),
          note(),
        ],
      },
      dataset.zones,
    ),
    defineTable<Industry>(
      {
        name: 'industries',
        title: 'Industries',
        description: 'Leading and future industries',
        columns: [id('industry'), ...label('industry'), column('kind', 'string', 'leading or future', (row) => row.kind), ...provenance()],
      },
      dataset.industries,
    ),
    defineTable<Chain>(
      { name: 'chains', title: 'Industrial chains', description: 'The key industrial chains a source names', columns: [id('chain'), ...label('chain'), ...provenance()] },
      dataset.chains,
    ),
    defineTable<Park>(
      {
        name: 'parks',
        title: 'Parks',
        description: 'Specialised parks and their layouts',
        columns: [
          id('park'),
          ...label('park'),
          column('industry', 'string', 'The industry of the park (industries.id)', (row) => row.industry, { references: 'industries' }),
          ...labelColumns('layout', 'The layout of the park', (row: Park) => row.layout),
          ...labelColumns('status', 'The status of the park', (row: Park) => row.status),
          ...provenance(),
        ],
      },
      dataset.parks,
    ),
    defineTable<Project>(
      {
        name: 'projects',
        title: 'Projects',
        description: 'Major projects; the firsts claimed for them are in project_firsts',
        columns: [
          id('project'),
          ...label('project'),
          column('industry', 'string', 'The industry of the project (industries.id)', (row) => row.industry, { required: false, references: 'industries' }),
          column('investment_value', 'number', 'Investment as published, in investment_unit × 10^investment_multiplier', (row) =>
            row.investment && published(row.investment.value, row.investment.decimals), { required: false }),
          column('investment_base_value', 'number', 'The investment in yuan, exact', (row) =>
            row.investment && baseValue(row.investment.value, row.investment.decimals, row.investment.multiplier), { required: false }),
          column('investment_decimals', 'integer', 'Decimals of the investment as published', (row) => row.investment?.decimals, { required: false }),
          column('investment_unit', 'string', 'Unit of the investment: CNY', (row) => row.investment?.unit, { required: false }),
          column('investment_multiplier', 'integer', 'Power of ten of the investment unit: 8 for 亿', (row) => row.investment?.multiplier, { required: false }),
          column('investment_bound', 'string', 'exact or lower (a lower bound)', (row) => row.investment?.bound, { required: false }),
          column('year', 'integer', 'The year the source reports the project for', (row) => row.year),
          ...labelColumns('status', 'The status of the project', (row: Project) => row.status),
          ...provenance(),
        ],
      },
      dataset.projects,
    ),
    defineTable<PlanItem>(
      {
        name: 'plan',
        title: 'Plan items',
        description: 'The items of the yearly plans',
        columns: [
          id('plan item'),
          column('year', 'integer', 'The year of the plan', (row) => row.year),
          column('kind', 'string', 'area, breakthrough, theme-year, programme or principle', (row) => row.kind),
          ...label('plan item'),
          column('order', 'integer', 'Position within its kind, from 1, as the source lists it', (row) => row.order),
          column('parent', 'string', 'The item this one belongs to (plan.id)', (row) => row.parent, { required: false, references: '' }),
          ...labelColumns('detail', 'Detail of the item', (row: PlanItem) => row.detail, false),
          ...provenance(),
        ],
      },
      dataset.plan,
    ),
    defineTable<Fact>(
      {
        name: 'facts',
        title: 'Facts',
        description: 'Enterprises, rankings, institutions and milestones a source states',
        columns: [
          id('fact'),
          column('kind', 'string', 'enterprise, ranking, institution or milestone', (row) => row.kind),
          column('year', 'integer', 'The year the fact is for', (row) => row.year),
          ...label('fact'),
          ...labelColumns('detail', 'Detail of the fact', (row: Fact) => row.detail, false),
          ...provenance(),
        ],
      },
      dataset.facts,
    ),
    defineTable<SeriesBreak>(
      {
        name: 'breaks',
        title: 'Breaks in series',
        description: 'Where values of one indicator and scope stop being comparable: no growth is computed across a break',
        columns: [
          id('break'),
          column('kind', 'string', 'measure-renamed, area, coverage or currency', (row) => row.kind),
          column('indicator', 'string', 'The indicator (indicators.id)', (row) => row.indicator, { references: 'indicators' }),
          column('scope', 'string', 'The area (zones.id)', (row) => row.scope, { references: 'zones' }),
          column('from', 'date', 'First day on the new footing; empty for a coverage break', (row) => row.from, { required: false }),
          ...label('break'),
          column('evidence', 'string', 'The observations that show the break (observations.id), separated by spaces', (row) => row.evidence.join(' ')),
          column('documented_in_file', 'string', 'The compilation that documents the break', (row) => row.documentedIn.file),
          column('documented_in_passage', 'string', 'Its words, verbatim', (row) => row.documentedIn.passage),
          note(),
        ],
      },
      dataset.breaks,
    ),
    defineTable<FocusPlan>(
      {
        name: 'zone_focus_plans',
        title: 'Zone focus plans',
        description: 'The plans named for a key zone’s focus theme (zones.focus.plans), one row per plan',
        primaryKey: ['zone', 'position'],
        columns: [
          column('zone', 'string', 'The key zone (zones.id)', (row) => row.zone, { references: 'zones' }),
          column('position', 'integer', 'Position of the plan in the source’s list, from 1', (row) => row.position),
          ...labelColumns('label', 'Name of the plan', (row: FocusPlan) => row.label),
        ],
      },
      dataset.zones.flatMap((zone) => (zone.focus?.plans ?? []).map((plan, index) => ({ zone: zone.id, position: index + 1, label: plan }))),
    ),
    defineTable<ProjectFirst>(
      {
        name: 'project_firsts',
        title: 'Project firsts',
        description: 'The firsts claimed for a project (projects.firsts: 全国首条…), one row per claim',
        primaryKey: ['project', 'position'],
        columns: [
          column('project', 'string', 'The project (projects.id)', (row) => row.project, { references: 'projects' }),
          column('position', 'integer', 'Position of the claim in the source’s list, from 1', (row) => row.position),
          ...labelColumns('label', 'The claim', (row: ProjectFirst) => row.label),
        ],
      },
      dataset.projects.flatMap((project) => project.firsts.map((first, index) => ({ project: project.id, position: index + 1, label: first }))),
    ),
    errataTable(dataset.errata ?? []),
  ]
}

interface FocusPlan {
  readonly zone: string
  readonly position: number
  readonly label: Label
}

interface ProjectFirst {
  readonly project: string
  readonly position: number
  readonly label: Label
}
