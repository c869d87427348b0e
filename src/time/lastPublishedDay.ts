import { periodBounds } from './periodBounds.js'

/**
 * The last day a publication date at partial precision can mean, `YYYY-MM-DD`: `2018` is
 * 2018-12-31, `2023-02` is 2023-02-28, `2024-02-23` itself. Reading a partial date as its last
 * day is the conservative choice for "was it known by then?": a figure is never placed before it
 * could have been published.
 */
export function lastPublishedDay(published: string): string {
  const month = /^(\d{4}-\d{2})$/.exec(published)
  return periodBounds(month === null ? published : `${published}/${published}`).end
}
