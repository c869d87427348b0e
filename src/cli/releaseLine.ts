import type { Lang } from './spec.js'

/**
 * Whether a version was published: 0.0.0 is the placeholder of a copy built from the repository
 * before any release was cut, and a pre-release (`1.2.0-next.1`) is not a release either.
 *
 * @example
 * ```ts
 * isReleased('0.0.0') //=> false
 * isReleased('1.2.0') //=> true
 * ```
 */
export function isReleased(version: string): boolean {
  return /^\d+\.\d+\.\d+$/.test(version) && version !== '0.0.0'
}

/**
 * The dataset's version and date as one phrase: `dataset 1.2.0 (released 2026-11-27)`, or for an
 * unreleased copy `dataset 0.0.0 (unreleased, built 2026-11-27)`.
 *
 * @example
 * ```ts
 * datasetLine('0.0.0', '2026-11-27', 'zh') //=> '数据集 0.0.0（未发布，构建于 2026-11-27）'
 * ```
 */
export function datasetLine(version: string, date: string, lang: Lang): string {
  if (isReleased(version)) return lang === 'zh' ? `数据集 ${version}（${date} 发布）` : `dataset ${version} (released ${date})`
  return lang === 'zh' ? `数据集 ${version}（未发布，构建于 ${date}）` : `dataset ${version} (unreleased, built ${date})`
}
