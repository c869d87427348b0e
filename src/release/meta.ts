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
    "observations.json": "4de700b0414eb2ab8ad83d6cf902df290b834d4a0455ac3850480e6a9af486f9",
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
    "schema/breaks.schema.json": "35a99f5a7d2c33a1dea0db8c911fd9ee9aa0ac28bf19a15affc31d911f134f8c",
    "schema/chains.schema.json": "62ee373b6140dd8c47aa378003f7cdb79c55906aab58dfc6d3847b91a30df874",
    "schema/errata.schema.json": "69b51a594388611d3828b3c4e74cd8b39fbd3dc08c5f632af9ae9d3ebe3d95b6",
    "schema/facts.schema.json": "26c1b7179c461180f7eebeb56d2c290ba682cfec1e3eea525bdde98d0246c66c",
    "schema/indicators.schema.json": "4a54b0c733d3ee83384ae9a663a9f6fea4ff198e582acf90be674c3447c600b0",
    "schema/industries.schema.json": "e1217d8916f29fab3233c7fd778cdfde3b8b569858490733a689ef21b0824958",
    "schema/manifest.schema.json": "3960f92499968a0758b87a203d280c6cdd07315b106e6a6cb6d5a8846c4db3d6",
    "schema/observations.ndjson.schema.json": "12f5703a4afa586d79eeb1dd65f0bf603a696d3033e95ebba0caaa01e675873b",
    "schema/observations.schema.json": "c4facb50d4b1902a7e1566603b1dc430d3301d38a056ed48f95cdc7a12ea4342",
    "schema/parks.schema.json": "47fc4bb57ac90f261dc3f66b5c6e621149b36215c300d099d039b8163ff881a7",
    "schema/plan.schema.json": "e9d0db06d1c03cf9d0a7ccb0c388dafcbb64a18bfdbf67329f05bb3b2b4e290d",
    "schema/projects.ndjson.schema.json": "01881da2e873d712da31b17dba51d4791eb358a3cc416d9ca69bdffa5ae42815",
    "schema/projects.schema.json": "c8a6e745d64d9c65660122cfa295def9efde5e544638c42666fcaeaf2b08dbcb",
    "schema/sources.schema.json": "bf94a1e47af385933d4fdc9ee6127246280cf328b87f307756eb04c649ef28cc",
    "schema/targets.ndjson.schema.json": "8a2e2b5839e50bd4e4247e5b03fd8c30a131e16448e862d2c4a29d0b4b38bfad",
    "schema/targets.schema.json": "389ad1db26f8d26ddda5e35b8cb198a96a19eb316382b838e8b5c5bcaa84cda9",
    "schema/zones.schema.json": "1af50f1650b9b9ca0382c6d10e60145918024ea4a6826e855c0071814b2918f4",
    "export/datapackage.json": "9090ece7eb0b5c1e44127f531c0cba0e2b75afe33a4939168b86414e16103425"
  }
})
