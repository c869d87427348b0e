// Generated from data/*.json and package.json by scripts/generate.ts — do not edit. Run `npm run generate`.
import { deepFreeze } from '../_internal/deepFreeze.js'
import type { DatasetMeta } from './types.js'

/**
 * The release of the dataset this copy of the package holds: its version (the package version),
 * the UTC date the release was cut, the number of records per collection, and the sha256 of
 * every shipped data file, the same values as `cdht-data/data/manifest.json`. Compare a file's
 * sha256 with `meta.files` to verify it; `export/datapackage.json` in turn lists the sha256 of
 * every export file (CSV, NDJSON, JSON-stat).
 *
 * @category Release
 * @example
 * ```ts
 * import { meta } from 'cdht-data'
 * console.log(meta.version)
 * //=> '0.1.0'
 * ```
 * @example
 * ```ts
 * import { meta } from 'cdht-data'
 * console.log(meta.counts.observations)
 * //=> 156
 * ```
 */
export const meta: DatasetMeta = /* @__PURE__ */ deepFreeze<DatasetMeta>({
  "name": "cdht-data",
  "version": "0.1.0",
  "released": "2026-11-30",
  "counts": {
    "sources": 40,
    "indicators": 68,
    "observations": 156,
    "targets": 21,
    "zones": 8,
    "industries": 5,
    "chains": 5,
    "parks": 2,
    "projects": 7,
    "plan": 44,
    "facts": 12,
    "breaks": 24,
    "errata": 0
  },
  "files": {
    "sources.json": "eabf98409208a5418d8bd2ce4640f1fbc6e459791c566558f3e071992975a6a5",
    "indicators.json": "f7f8d40f45434a3c9668364e424ba6aa4de30c6a4aa818db5e0bddf12b5174fa",
    "observations.json": "f4d9c1a6fc88ffccc7d538401f8766adaeb32f742b39506f835538536c35db19",
    "targets.json": "3d3ee65dcb3ef743c7bcf360b4c8e38746adbf9d11fe27ac4f6acad98be861f7",
    "zones.json": "5b7cd698af1f49f20880f97126a8438f4e14b28809d2120753fe0d91366d0276",
    "industries.json": "e3592b94c455d311791c3c1aa9131cd246b5691d4451b1b7cfb0d506c30e9d9f",
    "chains.json": "2212d3d78d933850cb949732c5dc82dd46dde806591f9d325c36a4062bd4e93e",
    "parks.json": "889c97f59d5389c5ded074a0ce9782862bb00e803a2583b7d39b7ba41f52e3f6",
    "projects.json": "d4615d4cf1f9ffa372b7d055d55c258babe0ea0ef2eaa8266ea4881def1be205",
    "plan.json": "3a2ffb82fb05379f3d06d620c3fee1504891dd08b01c0a33d8702b60c16436bf",
    "facts.json": "8525a9f6288a60c4e26160a4d2f374fc79af71a04ed0a114cb3157c003529736",
    "breaks.json": "21adfd35ead053a8977fd5f0e4e334ae71596ad4f751959d9a56a695dd9b0fc7",
    "errata.json": "37517e5f3dc66819f61f5a7bb8ace1921282415f10551d2defa5c3eb0985b570",
    "schema/breaks.schema.json": "32d461e651550d7dc7b3ec4a163f8d197e03d41eb7c251a2804cf30b37c31417",
    "schema/chains.schema.json": "8c1a780052590c1a5126ad9b37e548aeb5e241f86aefe830e84fe58b9b3a37a6",
    "schema/errata.schema.json": "69b51a594388611d3828b3c4e74cd8b39fbd3dc08c5f632af9ae9d3ebe3d95b6",
    "schema/facts.schema.json": "2c9a427d3494651d89ed7ad44982b824a565a9bac63f1d6786eecd5529976cdd",
    "schema/indicators.schema.json": "8cf6a714c714cf266012723e986f966bcd6b979632342473381698595fd3708c",
    "schema/industries.schema.json": "c804bfc6dbbe8bd16054a5ad98756d64e71095b0243c752b96938c61a5a71ad5",
    "schema/manifest.schema.json": "24fc4a423726ac20368a2b32695c837326d9e43c7f2fbfcc2bc8c18f9edd33b3",
    "schema/observations.schema.json": "3113831e0c1b7ec4d0270728681d2c6f11ff423f19c2db0ee8e0933119cebc95",
    "schema/parks.schema.json": "be4734c4a8025ad550c35d60eaaa0e1d9342c9d50fe6fd401f7bff18178bb1b1",
    "schema/plan.schema.json": "c7b57c4295bc72648a60cd70c235a7fc3b875411995505212fc3f1f0fe600c2b",
    "schema/projects.schema.json": "56a7c73c3b18097b65fb93402f8989a0fee6955452d0049c3fa9c9fdbc54b09f",
    "schema/sources.schema.json": "116e34c9eccbfa5b81653f4ef0afb23e209124847118e846d13c56457350fd84",
    "schema/targets.schema.json": "e18bd37d4bc6ada8b55bdfd154e7d63bfda36bda1fb045e83f87d21a20c3d12b",
    "schema/zones.schema.json": "4a126274dc528dbe6ca022a90471f91cb0648cfcb693faa99e5c9a361a4dec46",
    "export/datapackage.json": "5decbeeb8fffc03313ab78895f95d504f630e900db62e6efdde96bc45ae3e077"
  }
})
