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
 * //=> '0.0.0'
 * ```
 * @example
 * ```ts
 * import { meta } from 'cdht-data'
 * console.log(meta.counts.observations)
 * //=> 71
 * ```
 */
export const meta: DatasetMeta = /* @__PURE__ */ deepFreeze<DatasetMeta>({
  "name": "cdht-data",
  "version": "0.0.0",
  "released": "2026-11-27",
  "counts": {
    "sources": 16,
    "indicators": 54,
    "observations": 71,
    "targets": 14,
    "zones": 7,
    "industries": 5,
    "chains": 5,
    "parks": 2,
    "projects": 7,
    "plan": 43,
    "facts": 12,
    "errata": 0
  },
  "files": {
    "sources.json": "ac7743b82f1b46d3faadc998ad7471eddf47c6f28226a9700972a2378f8c5bc1",
    "indicators.json": "aed1dffa76fc9b4627563e60e1a4c54a929760bb5ad7be64706586d833466d46",
    "observations.json": "df1832df9c58fbf8f2014bee313d6b829657f83498faaec38b5248123368ee33",
    "targets.json": "303da501b5b9e7e23f8994569bf849e93a83ad045e83bad2140bfddb097d85ff",
    "zones.json": "104deee68d5b8825547d7327b761b41e40cca94528d506f2944e27bffa029c6c",
    "industries.json": "e3592b94c455d311791c3c1aa9131cd246b5691d4451b1b7cfb0d506c30e9d9f",
    "chains.json": "2212d3d78d933850cb949732c5dc82dd46dde806591f9d325c36a4062bd4e93e",
    "parks.json": "889c97f59d5389c5ded074a0ce9782862bb00e803a2583b7d39b7ba41f52e3f6",
    "projects.json": "d4615d4cf1f9ffa372b7d055d55c258babe0ea0ef2eaa8266ea4881def1be205",
    "plan.json": "12dc59e2067238c18d26e53ea8bef52f4b979abe417363116a28c3b0c5f199ac",
    "facts.json": "8525a9f6288a60c4e26160a4d2f374fc79af71a04ed0a114cb3157c003529736",
    "errata.json": "37517e5f3dc66819f61f5a7bb8ace1921282415f10551d2defa5c3eb0985b570",
    "schema/chains.schema.json": "4ecde62f80f01914c3bf70bbd48c49380f5035de00dba6ee61c7eddbc0cf5e50",
    "schema/errata.schema.json": "9e713e07739556d82ff2b38d19061036a28e3175f40b88d0472bfc3b4fbfa855",
    "schema/facts.schema.json": "dc1e76e32db2dfac6d9573c22ef8c7ba4fc8a728219c7dcaabdf386331931087",
    "schema/indicators.schema.json": "cfb06fb76b6a52dd17bd8aa50697aa469d860f726096ebbabbd05f5dbae41a4c",
    "schema/industries.schema.json": "16ff56385c335f7ac9c94d7cc6e27b68f6695cd9098221a6a6da5a6638e3c397",
    "schema/observations.schema.json": "26977be5d3e12b97a455ea75a72abb6ab3325ce84b7c4fbce0fecb389668e2b6",
    "schema/parks.schema.json": "ca4de5e34f0a5ebfec6318721127e8fffdec227e7b7686f430360e08cfeded21",
    "schema/plan.schema.json": "0544167a33b0bf7c18ec4221e8e024e6c7604885b817fa8c86118ff9b734e087",
    "schema/projects.schema.json": "d72494ebb14e1b59d875b1b5a68d8dee4f15fc2699af3f97384be57f1de5b335",
    "schema/sources.schema.json": "b0087c59f378fe8396469c788d1952842d38c2af24ea692b98659727ba6af560",
    "schema/targets.schema.json": "98468d4502f0ba662d2297cf1377e749fbf0b0a798e2a6dea71538466b6f502a",
    "schema/zones.schema.json": "ec8f3f349b11682283259501b621ecdc3af70a71185cc6e2cf1f46057557e801",
    "export/datapackage.json": "8fc3e0af08a268c99dab0f4a5d18e1caa339db98fda2e3cb9d1bf70a717dda24"
  }
})
