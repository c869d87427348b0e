// The words the CLI, the docs and the TSDoc use for each field and enum value, in Chinese and
// English, kept in one place so the same thing is never called two names. Type-only imports:
// loading it pulls no data, so `cdht-data --help` stays fast and the docs scripts can use it.
// English is the API's own word wherever the API has one (`unspecified`, not "unstated").
import type {
  Bound,
  BreakKind,
  Category,
  Coverage,
  GrowthBasis,
  Indicator,
  Measure,
  Observation,
  SourceGrade,
  Target,
  Unit,
} from '../types.js'
import type {
  Fact,
  Industry,
  PlanItem,
  Zone,
} from '../zoneTypes.js'
import type { TargetOutcome } from '../targets/assessTarget.js'

/** A term in both languages. */
export interface Term {
  readonly zh: string
  readonly en: string
}

type Terms<Key extends string> = Readonly<Record<Key, Term>>

/** The names of record fields and of the columns that show them. */
export const FIELD_TERMS = {
  id: { zh: 'id', en: 'id' },
  label: { zh: '名称', en: 'name' },
  otherLabel: { zh: '英文名', en: 'Chinese name' },
  indicator: { zh: '指标', en: 'indicator' },
  value: { zh: '数值', en: 'value' },
  targetValue: { zh: '目标值', en: 'target value' },
  unit: { zh: '单位', en: 'unit' },
  bound: { zh: '界限', en: 'bound' },
  comparator: { zh: '比较', en: 'comparator' },
  measure: { zh: '测度', en: 'measure' },
  basis: { zh: '口径', en: 'basis' },
  period: { zh: '期间', en: 'period' },
  deadline: { zh: '期限', en: 'deadline' },
  scope: { zh: '区域', en: 'scope' },
  status: { zh: '状态', en: 'status' },
  category: { zh: '类别', en: 'category' },
  kind: { zh: '类型', en: 'kind' },
  definition: { zh: '定义（英文）', en: 'definition' },
  counter: { zh: '计数', en: 'counted' },
  partOf: { zh: '隶属', en: 'part of' },
  focus: { zh: '重点', en: 'focus' },
  industry: { zh: '产业', en: 'industry' },
  investment: { zh: '投资', en: 'investment' },
  year: { zh: '年份', en: 'year' },
  firsts: { zh: '首创', en: 'firsts' },
  layout: { zh: '布局', en: 'layout' },
  detail: { zh: '详情', en: 'detail' },
  title: { zh: '标题', en: 'title' },
  publisher: { zh: '发布者', en: 'publisher' },
  published: { zh: '发布日期', en: 'published' },
  reports: { zh: '内容', en: 'reports' },
  grade: { zh: '等级', en: 'grade' },
  file: { zh: '原文件', en: 'held in' },
  source: { zh: '来源', en: 'source' },
  passage: { zh: '原文', en: 'passage' },
  // A passage with `passageOrigin: 'summary'`: the compilation's words, never shown as the source's.
  summaryPassage: { zh: '摘要（非原文）', en: 'summary (not verbatim)' },
  supersedes: { zh: '修订自', en: 'revises' },
  note: { zh: '备注（英文）', en: 'note' },
  coverage: { zh: '统计范围', en: 'coverage' },
  from: { zh: '起始', en: 'from' },
  evidence: { zh: '依据', en: 'evidence' },
  documentedIn: { zh: '记载于', en: 'documented in' },
  // What the compilation that documents a break says of it, in its own words (not a source's).
  documentedPassage: { zh: '汇编所述', en: 'as documented' },
  // The same where the compilation's words are English only, labelled so like the notes.
  documentedPassageEnglish: { zh: '汇编所述（英文）', en: 'as documented' },
  observations: { zh: '观测值', en: 'observations' },
  reportedGrowth: { zh: '公布增速', en: 'reported' },
  computedGrowth: { zh: '计算增速', en: 'computed' },
} as const satisfies Record<string, Term>

/** The collections of the dataset (`list <collection>`, `show`, export file names). */
export const COLLECTION_TERMS = {
  indicators: { zh: '指标', en: 'indicators' },
  observations: { zh: '观测值', en: 'observations' },
  targets: { zh: '目标', en: 'targets' },
  zones: { zh: '区域', en: 'zones' },
  industries: { zh: '产业', en: 'industries' },
  chains: { zh: '产业链', en: 'chains' },
  parks: { zh: '园区', en: 'parks' },
  projects: { zh: '项目', en: 'projects' },
  plan: { zh: '规划', en: 'plan' },
  facts: { zh: '事实', en: 'facts' },
  breaks: { zh: '序列断点', en: 'breaks' },
  sources: { zh: '来源', en: 'sources' },
} as const satisfies Record<string, Term>

/** `Measure`: what an observation's number is. */
export const MEASURE_TERMS: Terms<Measure> = {
  level: { zh: '水平值', en: 'level' },
  growth: { zh: '增速', en: 'growth' },
  share: { zh: '占比', en: 'share' },
  rank: { zh: '排名', en: 'rank' },
}

/** `GrowthBasis`: the prices a growth rate is in. */
export const BASIS_TERMS: Terms<GrowthBasis> = {
  real: { zh: '可比价', en: 'real' },
  nominal: { zh: '现价', en: 'nominal' },
  unspecified: { zh: '未说明', en: 'unspecified' },
}

/** `Bound`: how exact a published value is. */
export const BOUND_TERMS: Terms<Bound> = {
  exact: { zh: '精确值', en: 'exact' },
  lower: { zh: '下限（超、突破、以上）', en: 'lower bound (over, at least)' },
  top: { zh: '前 N 名之内', en: 'within the top N' },
}

/**
 * `Target.comparator`, named as format() marks the value: 超 / over, at least (in Chinese format()
 * prints a `gte` figure bare, so 以上（达到即可） is where it is said), and for `eq` the planned
 * quantity itself. Not 约 / about: the sources state these quantities exactly.
 */
export const COMPARATOR_TERMS: Terms<Target['comparator']> = {
  gt: { zh: '超（须超过该值）', en: 'over (must be exceeded)' },
  gte: { zh: '以上（达到即可）', en: 'at least (reaching it is enough)' },
  eq: { zh: '计划数量（按所述数量）', en: 'a planned quantity (as stated)' },
}

/** `SourceGrade`: how close a source is to the publisher of the figures. */
export const GRADE_TERMS: Terms<SourceGrade> = {
  primary: { zh: '一手', en: 'primary' },
  press: { zh: '媒体报道', en: 'press' },
  reprint: { zh: '转载', en: 'reprint' },
}

/** `Category` of an indicator. */
export const CATEGORY_TERMS: Terms<Category> = {
  economy: { zh: '经济', en: 'economy' },
  industry: { zh: '产业', en: 'industry' },
  innovation: { zh: '创新', en: 'innovation' },
  finance: { zh: '财政金融', en: 'finance' },
  enterprises: { zh: '企业', en: 'enterprises' },
  talent: { zh: '人才', en: 'talent' },
  livelihood: { zh: '民生', en: 'livelihood' },
  trade: { zh: '外贸', en: 'trade' },
  governance: { zh: '治理', en: 'governance' },
}

/** `Observation.status` and `Target.status`. */
export const STATUS_TERMS: Terms<Observation['status'] | Target['status']> = {
  actual: { zh: '实际', en: 'actual' },
  target: { zh: '目标', en: 'target' },
  plan: { zh: '计划', en: 'plan' },
}

/** `Indicator.kind`. */
export const INDICATOR_KIND_TERMS: Terms<Indicator['kind']> = {
  flow: { zh: '流量', en: 'flow' },
  stock: { zh: '存量', en: 'stock' },
}

/** `Zone.kind`. */
export const ZONE_KIND_TERMS: Terms<Zone['kind']> = {
  city: { zh: '城市', en: 'city' },
  zone: { zh: '高新区', en: 'zone' },
  'key-zone': { zh: '重点片区', en: 'key zone' },
  'bonded-zone': { zh: '综合保税区', en: 'bonded zone' },
  unresolved: { zh: '未定', en: 'unresolved' },
}

/** `Industry.kind`. */
export const INDUSTRY_KIND_TERMS: Terms<Industry['kind']> = {
  leading: { zh: '主导产业', en: 'leading' },
  future: { zh: '未来产业', en: 'future' },
}

/** `PlanItem.kind`. */
export const PLAN_KIND_TERMS: Terms<PlanItem['kind']> = {
  area: { zh: '领域', en: 'area' },
  breakthrough: { zh: '突破', en: 'breakthrough' },
  'theme-year': { zh: '主题年', en: 'theme year' },
  programme: { zh: '计划', en: 'programme' },
  principle: { zh: '原则', en: 'principle' },
}

/** `Fact.kind`. */
export const FACT_KIND_TERMS: Terms<Fact['kind']> = {
  enterprise: { zh: '企业', en: 'enterprise' },
  ranking: { zh: '排名', en: 'ranking' },
  institution: { zh: '机构', en: 'institution' },
  milestone: { zh: '里程碑', en: 'milestone' },
}

/** `Coverage` of a bonded-zone observation. */
export const COVERAGE_TERMS: Terms<Coverage> = {
  'with-shuangliu': { zh: '含双流园区', en: 'with Shuangliu' },
  'without-shuangliu': { zh: '不含双流园区', en: 'without Shuangliu' },
  unstated: { zh: '未说明', en: 'unstated' },
}

/** `BreakKind`: why a series cannot be compared across a date. */
export const BREAK_KIND_TERMS: Terms<BreakKind> = {
  'measure-renamed': { zh: '测度更名', en: 'measure renamed' },
  area: { zh: '区域变化', en: 'area changed' },
  coverage: { zh: '统计范围', en: 'coverage' },
  currency: { zh: '币种', en: 'currency' },
}

/** `Unit`, as a word (the value's own unit label comes from format()). */
export const UNIT_TERMS: Terms<Unit> = {
  CNY: { zh: '人民币', en: 'CNY' },
  USD: { zh: '美元', en: 'USD' },
  percent: { zh: '百分比', en: 'percent' },
  count: { zh: '个数', en: 'count' },
  rank: { zh: '名次', en: 'rank' },
}

/** `TargetOutcome`: what became of a target on a day (`gap`, `summary`, the docs scorecard). */
export const OUTCOME_TERMS: Terms<TargetOutcome> = {
  met: { zh: '已达成', en: 'met' },
  missed: { zh: '未达成', en: 'missed' },
  undetermined: { zh: '无法判定', en: 'undetermined' },
  'not-published': { zh: '未见公布', en: 'not published' },
  pending: { zh: '未到期', en: 'pending' },
}

/** The marker a growth table shows instead of a rate computed across a break in series. */
export const BREAK_MARKER: Term = { zh: '⫽ 断点', en: '⫽ break' }
