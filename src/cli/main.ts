// Placeholder main job until the CLI lands: a short overview of the dataset.
import { indicators, observations, sources, targets } from '../index.js'

const primary = sources.find((source) => source.grade === 'primary')
console.log('cdht-data — 成都高新区 Chengdu Hi-tech Zone statistics')
console.log(`${indicators.length} indicators, ${observations.length} observations, ${targets.length} targets, ${sources.length} sources`)
if (primary) console.log(`primary source: ${primary.publisher.zh} ${primary.published ?? ''} ${primary.title ?? ''}`)
for (const observation of observations.filter((o) => o.period === '2023' && o.scope === 'cdht').slice(0, 8)) {
  console.log(`  ${observation.id}: ${observation.value.toFixed(observation.decimals)}`)
}
