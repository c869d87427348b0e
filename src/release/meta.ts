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
    "breaks": 0,
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
    "breaks.json": "37517e5f3dc66819f61f5a7bb8ace1921282415f10551d2defa5c3eb0985b570",
    "errata.json": "37517e5f3dc66819f61f5a7bb8ace1921282415f10551d2defa5c3eb0985b570",
    "schema/breaks.schema.json": "5e0c8175b3873dfad243fa78a6a024f8dff64532f864a322e4023d6cf4d613b0",
    "schema/chains.schema.json": "033b68aaf08e983d6bde38881e230031d016d04f79aa0d799d99d61b0e9bfc76",
    "schema/errata.schema.json": "df30a93bb9e72cfe5bcbfc130b9684273e6d55388ca83cfa5de1208f5c70c1a3",
    "schema/facts.schema.json": "0a3a266f35c4b3f04212c5450ad1a535de821f06a034601c6d0c36987008702a",
    "schema/indicators.schema.json": "c3e829969f282d074c2d0c8411922e92f55d4da99edb6c2539193ad7613c4f55",
    "schema/industries.schema.json": "c2bf03cd2f49b48d448117eee45d6342f13887a0bdf5cc5355c1bfd4cc89aee2",
    "schema/observations.schema.json": "4fd0ccecdf2f59f77f6c81928707c457ec4e4feb6358ef42efb49790a02699e5",
    "schema/parks.schema.json": "6b53500a484e2969042b6e89a872f582bd2c52df86635ece3f3c601d448142e1",
    "schema/plan.schema.json": "64b7e049c170be1d1cc92761e57821f44cc09d6b70dc407fcff4d0879244c38f",
    "schema/projects.schema.json": "d42479a4151934b20e0f9a3109ac6520f33e8f51648aa950c2e249e00da0f4ea",
    "schema/sources.schema.json": "ff852cdfd3e0266f6e801be8b794dbbf278ccb75f434c8e9d2dbef581663903b",
    "schema/targets.schema.json": "5c2d8f458e60e87899764a4ef0740c02aa8ac3b4a5304c5fd37a61a75da248b1",
    "schema/zones.schema.json": "539b6e56c0f96ef0a539892442880beb5916eae1061a40957d157773bb9d1a44",
    "export/datapackage.json": "899fde4854ca6cf98d5444732ccd8755a22ccbc0b2b352c34cd1d29efa417206"
  }
})
