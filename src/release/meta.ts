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
 * //=> 156
 * ```
 */
export const meta: DatasetMeta = /* @__PURE__ */ deepFreeze<DatasetMeta>({
  "name": "cdht-data",
  "version": "0.0.0",
  "released": "2026-11-27",
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
    "sources.json": "72a950bba9e8a9dce8e038ace667dcc6b2bc48a530a37b538a0afc88a362ee1e",
    "indicators.json": "f7f8d40f45434a3c9668364e424ba6aa4de30c6a4aa818db5e0bddf12b5174fa",
    "observations.json": "f4d9c1a6fc88ffccc7d538401f8766adaeb32f742b39506f835538536c35db19",
    "targets.json": "3d3ee65dcb3ef743c7bcf360b4c8e38746adbf9d11fe27ac4f6acad98be861f7",
    "zones.json": "5b7cd698af1f49f20880f97126a8438f4e14b28809d2120753fe0d91366d0276",
    "industries.json": "e3592b94c455d311791c3c1aa9131cd246b5691d4451b1b7cfb0d506c30e9d9f",
    "chains.json": "2212d3d78d933850cb949732c5dc82dd46dde806591f9d325c36a4062bd4e93e",
    "parks.json": "889c97f59d5389c5ded074a0ce9782862bb00e803a2583b7d39b7ba41f52e3f6",
    "projects.json": "d4615d4cf1f9ffa372b7d055d55c258babe0ea0ef2eaa8266ea4881def1be205",
    "plan.json": "7879d30eb00b868b24049a9bfa90903e00d3af7a686bb228998bec78a48f2f0e",
    "facts.json": "8525a9f6288a60c4e26160a4d2f374fc79af71a04ed0a114cb3157c003529736",
    "breaks.json": "21adfd35ead053a8977fd5f0e4e334ae71596ad4f751959d9a56a695dd9b0fc7",
    "errata.json": "37517e5f3dc66819f61f5a7bb8ace1921282415f10551d2defa5c3eb0985b570",
    "schema/breaks.schema.json": "156bfcdba5d180b93a6e550ff89cefab195470276b18a3ad6923e02d0ce33d64",
    "schema/chains.schema.json": "fb2f5915635914289a8a5a02c8be2a8acf54fef60d60996e58506b6fbfe6b54a",
    "schema/errata.schema.json": "69b51a594388611d3828b3c4e74cd8b39fbd3dc08c5f632af9ae9d3ebe3d95b6",
    "schema/facts.schema.json": "3071ba7fada5756cce46e1737673a0364085b6ed9b75418fca07b70783ea4ec2",
    "schema/indicators.schema.json": "3a29e71d88caed17e34b48d2ced9fa50df8b0bb037d9b1b1f76831585ba2f9cc",
    "schema/industries.schema.json": "7bd58523c93b39d5c1dc730b14a126e9719bfd42570ae507a3eda045f16c427e",
    "schema/observations.schema.json": "7dd7e5ef1c9a5bcdc2b179bc392fc6f1f610d029d6ba30dabf71212ce2ae90c7",
    "schema/parks.schema.json": "d5f0129de29ebf54d83696eb02b13ec54b56a5674d9ea1a3b1e52e65a5ac7d56",
    "schema/plan.schema.json": "e210ebb8e3d19ec4756bce94ede4ca98023ba2d0b7fd1fb34f55310ce1aa0f86",
    "schema/projects.schema.json": "aaa826cdb62f4d4cdcf9ac16eb9f7d5bd8572dcc22126012d24c5d600b2f74e1",
    "schema/sources.schema.json": "3a83bad89e359691e13771642333a44aa8dfaffbfafd2a7ecebc9c6640ba9bee",
    "schema/targets.schema.json": "c6bce6b8e17679aed011170711306da61ee3cec81bc731913d2e640fe8fd4ef4",
    "schema/zones.schema.json": "ffb1828fd9be9f9c616bfcc2019412e2427e4aa98efed67cd8b9dd68127785c3",
    "export/datapackage.json": "cfa0c8086ba77d0c0d882652c9007723afa4b48e323cee363f43c4e3b502e87f"
  }
})
