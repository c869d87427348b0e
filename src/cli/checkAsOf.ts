import { publicationDays } from '../_internal/publicationDays.js'
import { usageError } from './failure.js'
import type { Lang } from './spec.js'

const words = {
  zh: {
    future: (day: string, today: string) => `--as-of ${day} 晚于北京时间今天（${today}）`,
    beforeFirst: (day: string, first: string) => `--as-of ${day} 早于数据集最早的发布日（${first}）：此前没有任何来源发布`,
  },
  en: {
    future: (day: string, today: string) => `--as-of ${day} is after today in Beijing (${today})`,
    beforeFirst: (day: string, first: string) => `--as-of ${day} is before the first day the data knows (${first}): no source had been published by then`,
  },
} as const

/**
 * Refuses an --as-of day the data cannot speak for, as a usage error (exit 2). A day to come
 * would be today's view under another name and make every pending deadline look passed. A day
 * before the first publication is a view with no sources at all: every command would answer
 * from nothing (an empty overview, "no data" with a suggestion that does not help, an export
 * whose Data Package lists no source, which Frictionless does not allow).
 *
 * @param day - The --as-of day, `YYYY-MM-DD`.
 * @param today - Today in Beijing, `YYYY-MM-DD`.
 * @param lang - The language of the message.
 * @throws CliFailure `INVALID_VALUE` naming --as-of and the limit.
 */
export function checkAsOf(day: string, today: string, lang: Lang): void {
  if (day > today) throw usageError('INVALID_VALUE', words[lang].future(day, today))
  const [first] = publicationDays().days
  if (first !== undefined && day < first) throw usageError('INVALID_VALUE', words[lang].beforeFirst(day, first))
}
