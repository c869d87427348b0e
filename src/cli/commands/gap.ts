import { targetIds } from '../../data/ids.js'
import { getIndicator } from '../../query/getIndicator.js'
import { getSource } from '../../query/getSource.js'
import { getTarget } from '../../query/getTarget.js'
import { getZone } from '../../query/getZone.js'
import { assessTarget } from '../../targets/assessTarget.js'
import type { TargetAssessment, TargetOutcome } from '../../targets/assessTarget.js'
import type { Target } from '../../types.js'
import { isCdhtDataError } from '../../errors.js'
import { jsonOutput } from '../context.js'
import type { CommandContext, CommandRequest, CommandResult } from '../context.js'
import type { Style } from '../color.js'
import { BREAK_KIND_TERMS, COLLECTION_TERMS, COMPARATOR_TERMS, FIELD_TERMS, MEASURE_TERMS, OUTCOME_TERMS } from '../../glossary/terms.js'
import { datasetOption, formatChange, formatValue, isIdOf, labelIn, notPublished, unknownId, viewOf } from '../present.js'
import { usageError } from '../failure.js'
import type { Lang } from '../spec.js'
import { renderFields } from '../table.js'
import { sourceLine } from './showFields.js'
import { MAX_DECIMALS, countIsWhole } from '../../_internal/figureRules.js'

const words = {
  zh: {
    outcome: '结果',
    target: '目标',
    scope: '区域',
    indicator: '指标',
    value: '目标值',
    deadline: '期限',
    timing: (left: number, elapsed: string) => (left >= 0 ? `剩余 ${left} 天，时间已过 ${elapsed}` : `已过期 ${-left} 天`),
    actual: '实际值',
    noActual: '评估之日尚无公布的数值；可用 --actual N 给出（目标的单位）',
    given: '由 --actual 给出',
    gap: '差距',
    short: (amount: string) => `还差 ${amount}`,
    // A lower-bound actual (超2400) is short by at most the difference.
    shortAtMost: (amount: string) => `最多还差 ${amount}`,
    breaksNote: '目标设定后序列有断点：数值不在同一口径上，无法判定是否达成',
    comparability: '可比性',
    unknownFooting: '未知：实际值未说明是否含双流园区，目标也未说明，无法判定是否达成',
    beyond: (amount: string) => `已超出 ${amount}`,
    exact: '恰好达到',
    points: () => '个百分点',
    progress: '进度',
    pace: '节奏',
    paceLine: (progress: string, elapsed: string, verdict: string) => `期初至今完成 ${progress}，时间 ${elapsed}：${verdict}`,
    onPace: { true: '跟上进度', false: '落后于进度', null: '无法判断（实际值为下限）' },
    paceNote: '（假定全年均匀累积）',
    required: '所需增速',
    requiredLine: (yearly: string, years: string, total: string) => `年均 ${yearly}（${years} 年，合计 ${total}）`,
    source: '来源',
    passage: FIELD_TERMS.passage.zh,
    summaryPassage: FIELD_TERMS.summaryPassage.zh,
    note: FIELD_TERMS.note.zh,
  },
  en: {
    outcome: 'outcome',
    target: 'target',
    scope: 'scope',
    indicator: 'indicator',
    value: 'value',
    deadline: 'deadline',
    timing: (left: number, elapsed: string) => (left >= 0 ? `${days(left)} left, ${elapsed} of the time passed` : `passed ${days(-left)} ago`),
    actual: 'actual',
    noActual: 'none published by the day assessed; give one with --actual N (in the target’s unit)',
    given: 'given with --actual',
    gap: 'gap',
    short: (amount: string) => `${amount} to go`,
    shortAtMost: (amount: string) => `at most ${amount} to go`,
    breaksNote: 'breaks in series since the target was set: the figures are on another footing, so neither met nor missed can be told',
    comparability: 'comparability',
    unknownFooting: 'unknown: the actual does not say whether it includes the Shuangliu area, nor does the target, so neither met nor missed can be told',
    beyond: (amount: string) => `${amount} beyond`,
    exact: 'reached exactly',
    points: (value: number) => (value === 1 ? 'percentage point' : 'percentage points'),
    progress: 'progress',
    pace: 'pace',
    paceLine: (progress: string, elapsed: string, verdict: string) => `${progress} done so far, ${elapsed} of the time passed: ${verdict}`,
    onPace: { true: 'on pace', false: 'behind pace', null: 'cannot tell (the actual is a lower bound)' },
    paceNote: ' (assuming the flow accrues evenly)',
    required: 'required growth',
    requiredLine: (yearly: string, years: string, total: string) => `${yearly} a year (${years} years, ${total} in all)`,
    source: 'source',
    passage: FIELD_TERMS.passage.en,
    summaryPassage: FIELD_TERMS.summaryPassage.en,
    note: 'note',
  },
} as const

const share = (fraction: number, lang: Lang): string =>
  formatValue({ value: Number((fraction * 100).toFixed(1)), decimals: 1, unit: 'percent', multiplier: 0 }, lang)

// As JavaScript writes the number: 1e-7 has seven decimals, though its text has no point.
function decimalsOf(value: number): number {
  const [digits = '', exponent = '0'] = String(value).split('e')
  return Math.min(MAX_DECIMALS, Math.max(0, (digits.split('.')[1] ?? '').length - Number(exponent)))
}

const days = (count: number): string => `${count} ${count === 1 ? 'day' : 'days'}`

// The gap is in the target's unit; a growth target's gap is in percentage points, not percent.
function amount(target: Target, value: number, lang: Lang): string {
  const decimals = Math.max(target.decimals, decimalsOf(value))
  // The digits of a bare percent, without its sign: points are no count, and 2.6 of them is no fraction of one.
  if (target.unit === 'percent') {
    return `${formatValue({ value, decimals: lang === 'zh' ? decimals : decimalsOf(value), unit: 'percent', multiplier: 0 }, lang).replace(/%$/, '')} ${words[lang].points(value)}`
  }
  return formatValue({ value, decimals, unit: target.unit, multiplier: target.multiplier, indicator: target.indicator }, lang)
}

function actualLine(assessment: TargetAssessment, lang: Lang): string {
  const text = words[lang]
  const { gap, target } = assessment
  if (gap === null) return text.noActual
  const where = gap.observation === null ? text.given : gap.observation.id
  const bound = gap.actualBound === 'lower' ? 'lower' : 'exact'
  return `${formatValue({ ...target, value: gap.actual, decimals: Math.max(target.decimals, decimalsOf(gap.actual)), bound, comparator: 'eq' }, lang)} (${where})`
}

/** The outcome word in the output language, coloured where colour is on. */
export function outcomeWord(outcome: TargetOutcome, lang: Lang, style: Style): string {
  const word = OUTCOME_TERMS[outcome][lang]
  return outcome === 'met' ? style.green(word) : outcome === 'missed' ? style.red(word) : word
}

/** The assessment as aligned fields, the outcome first. */
export function renderGap(assessment: TargetAssessment, context: CommandContext): string {
  const { lang, style } = context
  const text = words[lang]
  const { target, gap, pace, requiredGrowth: required } = assessment
  const fields: [string, string | undefined][] = [
    [text.outcome, outcomeWord(assessment.outcome, lang, style)],
    [text.target, `${labelIn(target.label, lang)} (${target.id})`],
    [text.scope, labelIn(getZone(target.scope).label, lang)],
    [text.indicator, `${labelIn(getIndicator(target.indicator).label, lang)} (${target.indicator}, ${MEASURE_TERMS[target.measure][lang]})`],
    [text.value, `${formatValue(target, lang)} · ${COMPARATOR_TERMS[target.comparator][lang]}`],
    [text.deadline, `${target.deadline} · ${text.timing(assessment.daysLeft, share(assessment.elapsed, lang))}`],
    [text.actual, actualLine(assessment, lang)],
    [
      text.gap,
      gap === null
        ? undefined
        : gap.gap > 0
          ? (gap.actualBound === 'lower' ? text.shortAtMost : text.short)(amount(target, gap.gap, lang))
          : gap.gap === 0
            ? text.exact
            : text.beyond(amount(target, -gap.gap, lang)),
    ],
    [
      COLLECTION_TERMS.breaks[lang],
      assessment.breaks.length === 0
        ? undefined
        : `${assessment.breaks.map((item) => `${item.id} (${BREAK_KIND_TERMS[item.kind][lang]})`).join(lang === 'zh' ? '、' : ', ')} · ${text.breaksNote}`,
    ],
    [text.comparability, assessment.comparability === 'unknown' ? text.unknownFooting : undefined],
    [text.progress, gap?.progress == null ? undefined : share(gap.progress, lang)],
    [text.pace, pace === null ? undefined : text.paceLine(share(pace.progress, lang), share(pace.elapsed, lang), text.onPace[`${pace.onPace}`]) + text.paceNote],
    [
      text.required,
      required === null
        ? undefined
        : text.requiredLine(formatChange(required.percentPerYear, required.bound, lang), required.years.toFixed(2), formatChange(required.totalPercent, required.bound, lang)),
    ],
    [text.source, sourceLine(getSource(target.source), lang)],
    [target.passageOrigin === 'summary' ? text.summaryPassage : text.passage, target.passage],
    [text.note, target.note],
  ]
  return renderFields(fields.flatMap(([name, value]) => (value === undefined ? [] : [[name, value] as [string, string]])), context.width)
}

// The options the library is given from the command line, by the flag that set them.
const FLAGS: Readonly<Record<string, string>> = { 'options.actual': '--actual', 'options.on': '--on' }

// A value the library refuses for --actual or --on (a negative level, a day before the target was
// set) is a command line that cannot run as typed, like --actual abc: exit 2, naming the flag.
// The reason is the library's, in English, and says so in Chinese.
function flagsChecked<Result>(lang: Lang, assess: () => Result): Result {
  try {
    return assess()
  } catch (error) {
    const flag = isCdhtDataError(error) ? FLAGS[error.input] : undefined
    if (flag === undefined || !isCdhtDataError(error)) throw error
    const reason = error.message.slice(error.message.startsWith(`${error.input}: `) ? error.input.length + 2 : 0)
    throw usageError('INVALID_VALUE', lang === 'zh' ? `${flag} 的值不可用（原因为英文）：${reason}` : `${flag} cannot be used: ${reason}`)
  }
}

/** `cdht-data gap <target> [--actual N] [--on DATE]`: a presenter of assessTarget — outcome, gap, evidence, days left, pace. */
export function run(request: CommandRequest, context: CommandContext): CommandResult {
  const id = request.args[0] ?? ''
  if (!isIdOf(targetIds, id)) throw unknownId('target', id, targetIds, context.lang)
  // The view holds what was known on --as-of; a later --on would judge by it as if nothing came after.
  if (context.asOf !== undefined && request.options.on !== undefined && request.options.on > context.asOf) {
    throw usageError('INVALID_OPTION', context.lang === 'zh' ? `--on ${request.options.on} 晚于 --as-of ${context.asOf}` : `--on ${request.options.on} is after --as-of ${context.asOf}`)
  }
  const view = viewOf(context)
  const target = getTarget(id)
  if (!view.targets.includes(target)) throw notPublished(id, context.asOf ?? view.asOf ?? '', context.lang)
  const actual = request.options.actual
  if (actual !== undefined && !countIsWhole({ ...target, value: actual })) {
    // In 万 (multiplier 4) 2.4 is whole, 2.40000001 (24,000.0001 people) is not.
    const scale = target.multiplier === 0 ? '' : context.lang === 'zh' ? `乘以 10^${target.multiplier} 后` : ` × 10^${target.multiplier}`
    throw usageError(
      'INVALID_VALUE',
      context.lang === 'zh' ? `--actual ${scale}须为整数（${target.id} 是个数），收到“${actual}”` : `--actual${scale} must be a whole number (${target.id} is a count), got "${actual}"`,
    )
  }
  const assessment = flagsChecked(context.lang, () =>
    assessTarget(target, {
      on: request.options.on ?? context.today,
      ...(actual === undefined ? {} : { actual }),
      ...datasetOption(view),
    }),
  )
  return { stdout: context.json ? jsonOutput(assessment) : renderGap(assessment, context) }
}
