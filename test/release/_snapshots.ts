import type { DataRecord, Json, Snapshot } from '../../scripts/lib/snapshot.js'

/** A snapshot from collections given as plain objects. */
export function snapshot(collections: Record<string, DataRecord[]>, errata: Record<string, Json>[] = []): Snapshot {
  return { collections: new Map(Object.entries(collections)), errata }
}

const label = { zh: '地区生产总值', en: 'GDP', enOrigin: 'ours' }

/** The released data every diff test starts from. */
export const released = snapshot({
  indicators: [{ id: 'gdp', label, unit: 'CNY' }],
  observations: [
    { id: 'gdp-2023', indicator: 'gdp', period: '2023', value: 3201.2, decimals: 1, unit: 'CNY', multiplier: 8 },
    { id: 'gdp-2022', indicator: 'gdp', period: '2022', value: 2918.2, decimals: 1, unit: 'CNY', multiplier: 8 },
  ],
})

/** `released` with the observations replaced. */
export function withObservations(observations: DataRecord[], errata: Record<string, Json>[] = []): Snapshot {
  return snapshot({ indicators: [...released.collections.get('indicators')!], observations }, errata)
}

export const [gdp2023, gdp2022] = released.collections.get('observations')! as [DataRecord, DataRecord]
