// Generated from data/*.json by scripts/generate.ts — do not edit. Run `npm run generate`.

/**
 * Every {@link SourceId}, in the order of `data/sources.json`: for menus, validation and autocomplete.
 * @category Data
 * @example
 * ```ts
 * import { sourceIds } from 'cdht-data'
 * console.log(sourceIds.includes('cdht-work-meeting-2024'))
 * //=> true
 * ```
 */
export const sourceIds = /* @__PURE__ */ Object.freeze([
  'cdht-work-meeting-2024',
  'kcb-daily-2023-02-20',
  'chuanguan-cdht-2021-results',
  'chinanews-2021-11-03',
  'scol-2021-11-03',
  'ceb-2021-03-12',
  'cdht-media-2025-01-15',
  'lcd-china-2023-03-06',
  'red-star-news-2025-08-28',
  'chengdu-customs-bonded-zone-2020',
  'gochengdu-2020-03-23',
  'gochengdu-2020',
  'china-daily-2018',
  'chengdu-ftz-2018',
  'chengdu-st-bureau-2020',
  'technode-2020',
  'sichuan-daily-2013-02-14',
  'sichuan-daily-2014-02-11',
  'chinanews-2014-08-04',
  'sc-chinanews-2015-01-31',
  'cdht-work-report-2017',
  'hkcd-2017-04-26',
  'china-daily-2018-10-18',
  'west-china-business-2019-03-08',
  'cipnews-2019-08-23',
  'cdht-prnewswire-2020',
  'stdaily-2020-07-06',
  'cdht-media-2020-h1',
  'ceb-2021-03-12-history',
  'sichuan-daily-2021-08-06',
  'chinanews-2021-11-03-history',
  'netease-cdht-work-meeting-2023',
  'kcb-daily-2023-02-20-history',
  'china-daily-2013-10-18',
  'stdaily-2015-09-09',
  'chinanews-2024-03-13',
  'red-star-news-2025-08-28-history',
  'wenweipo-2016-09-08',
  'nbd-2024-11-08',
  'wccdaily-2025-10',
] as const)
/** An id of the `sources` collection. @category Data */
export type SourceId = (typeof sourceIds)[number]

/**
 * Every {@link IndicatorId}, in the order of `data/indicators.json`: for menus, validation and autocomplete.
 * @category Data
 * @example
 * ```ts
 * import { indicatorIds } from 'cdht-data'
 * console.log(indicatorIds.includes('gdp'))
 * //=> true
 * ```
 */
export const indicatorIds = /* @__PURE__ */ Object.freeze([
  'gdp',
  'general-budget-revenue',
  'fixed-asset-investment',
  'industrial-investment',
  'industrial-output',
  'industrial-value-added',
  'electronic-information-output',
  'biomedical-industry-scale',
  'bio-industry-scale',
  'digital-economy-services-revenue',
  'digital-services-revenue',
  'chip-display-terminal-output',
  'major-projects-attracted',
  'major-projects-10bn',
  'key-industrial-chains',
  'key-zones-undertaken',
  'foreign-trade',
  'bonded-zone-performance',
  'research-centres-operating',
  'new-national-platforms',
  'national-platforms',
  'pi-led-labs',
  'pilot-platforms',
  'pilot-projects-served',
  'pilot-financing-facilitated',
  'minshan-incubated-projects',
  'minshan-technology-breakthroughs',
  'new-national-incubators',
  'incubated-enterprises',
  'high-value-patents-per-10k',
  'industrial-funds-formed',
  'industrial-funds-formed-size',
  'angel-fund-scale',
  'tech-credit-scale',
  'angel-mother-fund-ranking',
  'new-enterprises',
  'enterprises-over-10bn',
  'new-listed-enterprises',
  'little-giants',
  'high-tech-enterprises',
  'unicorns-cultivated',
  'talent-pool',
  'high-level-talent',
  'happy-life-projects-investment',
  'universiade-venue-visitors',
  'bio-town-population',
  'talent-apartments-raised',
  'housing-units-listed-for-sale',
  'tertiary-hospitals',
  'grade-3a-hospitals',
  'no-application-policy-rate',
  'integration-demo-clusters',
  'gross-industrial-output',
  'local-fiscal-revenue',
  'retail-sales',
  'gdp-per-capita',
  'total-fiscal-revenue',
  'new-market-entities',
  'unicorns',
  'new-srdi-enterprises',
  'national-srdi-enterprises',
  'health-pharma-industry-scale',
  'high-tech-enterprises-net-increase',
  'total-output',
  'bio-town-total-output',
  'bio-town-staff-and-residents',
  'park-ranking',
  'key-zones',
] as const)
/** An id of the `indicators` collection. @category Data */
export type IndicatorId = (typeof indicatorIds)[number]

/**
 * Every {@link ObservationId}, in the order of `data/observations.json`: for menus, validation and autocomplete.
 * @category Data
 * @example
 * ```ts
 * import { observationIds } from 'cdht-data'
 * console.log(observationIds.includes('gdp-2023'))
 * //=> true
 * ```
 */
export const observationIds = /* @__PURE__ */ Object.freeze([
  'gdp-2023',
  'gdp-growth-2023',
  'general-budget-revenue-2023',
  'general-budget-revenue-growth-2023',
  'industrial-output-2023',
  'industrial-value-added-growth-2023',
  'foreign-trade-2023',
  'bonded-zone-performance-rank-2023',
  'biomedical-industry-scale-2023',
  'digital-economy-services-revenue-2023',
  'digital-economy-services-revenue-growth-2023',
  'major-projects-attracted-2023',
  'major-projects-10bn-2023',
  'research-centres-operating-2023-12-31',
  'new-national-platforms-2023',
  'national-platforms-2023-12-31',
  'pi-led-labs-2023-12-31',
  'pilot-platforms-2023-12-31',
  'pilot-projects-served-2023-12-31',
  'pilot-financing-facilitated-2023-12-31',
  'minshan-incubated-projects-2023-12-31',
  'minshan-technology-breakthroughs-2023-12-31',
  'new-national-incubators-2023',
  'incubated-enterprises-2023-12-31',
  'industrial-funds-formed-2023',
  'industrial-funds-formed-size-2023',
  'angel-fund-scale-2023-12-31',
  'tech-credit-scale-2023-12-31',
  'angel-mother-fund-rank-2023',
  'new-enterprises-2023',
  'enterprises-over-10bn-2023',
  'new-listed-enterprises-2023',
  'happy-life-projects-investment-2023',
  'universiade-venue-visitors-2023',
  'talent-pool-2024-02-22',
  'high-level-talent-2024-02-22',
  'little-giants-2024-02-22',
  'high-tech-enterprises-2024-02-22',
  'unicorns-cultivated-2024-02-22',
  'high-value-patents-rank-2024-02-22',
  'key-industrial-chains-2024-02-22',
  'key-zones-undertaken-2024-02-22',
  'gdp-2022',
  'fixed-asset-investment-2022',
  'fixed-asset-investment-growth-2022',
  'industrial-investment-2022',
  'general-budget-revenue-2022',
  'digital-services-revenue-2022',
  'digital-services-revenue-growth-2022',
  'bonded-zone-trade-rank-2022',
  'gdp-2021',
  'gdp-growth-2021',
  'foreign-trade-cdht-or-bonded-zone-2021',
  'foreign-trade-share-cdht-or-bonded-zone-2021',
  'electronic-information-output-2021',
  'electronic-information-output-growth-2021',
  'gdp-2021-01-2021-09',
  'gdp-growth-2021-01-2021-09',
  'industrial-output-2021-01-2021-09',
  'industrial-output-growth-2021-01-2021-09',
  'foreign-trade-2021-01-2021-09',
  'gdp-2020',
  'gdp-growth-2020',
  'industrial-output-2024',
  'bonded-zone-trade-2019',
  'bonded-zone-trade-growth-2019',
  'bonded-zone-trade-2020',
  'bonded-zone-trade-growth-2020',
  'bonded-zone-trade-2024',
  'bonded-zone-trade-growth-2024',
  'bonded-zone-trade-share-2024',
  'gross-industrial-output-2012',
  'gdp-2013',
  'gdp-growth-2013',
  'general-budget-revenue-2013',
  'industrial-value-added-2013',
  'industrial-value-added-growth-2013',
  'high-tech-enterprises-2013-12-31',
  'gdp-2014-01-2014-06',
  'gdp-growth-2014-01-2014-06',
  'local-fiscal-revenue-2014-01-2014-06',
  'local-fiscal-revenue-growth-2014-01-2014-06',
  'foreign-trade-2014-01-2014-06',
  'foreign-trade-growth-2014-01-2014-06',
  'gdp-2014',
  'gdp-growth-2014',
  'gdp-share-2014',
  'general-budget-revenue-2014',
  'general-budget-revenue-growth-2014',
  'industrial-value-added-2014',
  'industrial-value-added-growth-2014',
  'retail-sales-2014',
  'retail-sales-growth-2014',
  'gdp-per-capita-2014',
  'gdp-2016',
  'gdp-growth-2016',
  'gdp-share-2016',
  'fixed-asset-investment-2016',
  'fixed-asset-investment-growth-2016',
  'foreign-trade-2016',
  'foreign-trade-growth-2016',
  'total-fiscal-revenue-2016',
  'total-fiscal-revenue-growth-2016',
  'general-budget-revenue-2016',
  'general-budget-revenue-growth-2016',
  'foreign-trade-2017-01-2017-03',
  'foreign-trade-growth-2017-01-2017-03',
  'gdp-2017',
  'gdp-growth-2017',
  'high-tech-enterprises-2017-12-31',
  'gdp-2018',
  'gdp-growth-2018',
  'gdp-share-2018',
  'fixed-asset-investment-2018',
  'industrial-value-added-growth-2018',
  'gdp-2019-01-2019-06',
  'gdp-growth-2019-01-2019-06',
  'high-tech-enterprises-2019-06-30',
  'gdp-2019',
  'talent-pool-2019-12-31',
  'new-market-entities-2019',
  'new-enterprises-2019',
  'gdp-2020-01-2020-06',
  'gdp-growth-2020-01-2020-06',
  'foreign-trade-2020-01-2020-06',
  'foreign-trade-growth-2020-01-2020-06',
  'high-tech-enterprises-2020-12-31',
  'unicorns-2020-12-31',
  'gdp-2021-01-2021-06',
  'gdp-growth-2021-01-2021-06',
  'foreign-trade-2021-01-2021-06',
  'foreign-trade-growth-2021-01-2021-06',
  'new-srdi-enterprises-2021-01-2021-09',
  'national-srdi-enterprises-2021-09-30',
  'health-pharma-industry-scale-2022',
  'health-pharma-industry-scale-growth-2022',
  'high-tech-enterprises-2022-12-31',
  'high-tech-enterprises-net-increase-2022',
  'bonded-zone-trade-2012',
  'bonded-zone-trade-rank-2012',
  'bonded-zone-trade-2016',
  'bonded-zone-trade-growth-2016',
  'bonded-zone-trade-share-2016',
  'bonded-zone-trade-rank-2016',
  'bonded-zone-trade-2017-01-2017-03',
  'bonded-zone-trade-growth-2017-01-2017-03',
  'bonded-zone-trade-2024-01-2024-02',
  'bonded-zone-trade-growth-2024-01-2024-02',
  'bonded-zone-trade-rank-2024-01-2024-02',
  'bonded-zone-performance-rank-2024',
  'bonded-zone-trade-2025-01-2025-07',
  'bonded-zone-trade-growth-2025-01-2025-07',
  'bonded-zone-trade-share-2025-01-2025-07',
  'bio-town-staff-and-residents-2024-11-08',
  'park-ranking-2025',
  'chengdu-key-zones-2024-02-22',
] as const)
/** An id of the `observations` collection. @category Data */
export type ObservationId = (typeof observationIds)[number]

/**
 * Every {@link TargetId}, in the order of `data/targets.json`: for menus, validation and autocomplete.
 * @category Data
 * @example
 * ```ts
 * import { targetIds } from 'cdht-data'
 * console.log(targetIds.includes('bio-industry-scale-bio-town-2024'))
 * //=> true
 * ```
 */
export const targetIds = /* @__PURE__ */ Object.freeze([
  'bio-industry-scale-bio-town-2024',
  'bio-town-population-growth-2024',
  'bio-town-population-2024',
  'integration-demo-clusters-qingshuihe-2024',
  'no-application-policy-rate-2024',
  'talent-apartments-raised-2024',
  'housing-units-listed-for-sale-2024',
  'tertiary-hospitals-2024',
  'grade-3a-hospitals-2024',
  'gdp-target-2021',
  'gdp-growth-target-2021',
  'chip-display-terminal-output-2025',
  'gdp-target-2020',
  'gdp-growth-target-2015',
  'industrial-value-added-growth-target-2015',
  'general-budget-revenue-growth-target-2015',
  'retail-sales-growth-target-2015',
  'gross-industrial-output-target-2015',
  'gross-industrial-output-target-2017',
  'total-output-target-2025',
  'bio-town-total-output-target-2025',
] as const)
/** An id of the `targets` collection. @category Data */
export type TargetId = (typeof targetIds)[number]

/**
 * Every {@link ZoneId}, in the order of `data/zones.json`: for menus, validation and autocomplete.
 * @category Data
 * @example
 * ```ts
 * import { zoneIds } from 'cdht-data'
 * console.log(zoneIds.includes('chengdu'))
 * //=> true
 * ```
 */
export const zoneIds = /* @__PURE__ */ Object.freeze([
  'chengdu',
  'cdht',
  'qingshuihe-corridor',
  'future-sci-tech-town',
  'tianfu-bio-town',
  'jiaozi-financial-district',
  'bonded-zone',
  'cdht-or-bonded-zone',
] as const)
/** An id of the `zones` collection. @category Data */
export type ZoneId = (typeof zoneIds)[number]

/**
 * Every {@link IndustryId}, in the order of `data/industries.json`: for menus, validation and autocomplete.
 * @category Data
 * @example
 * ```ts
 * import { industryIds } from 'cdht-data'
 * console.log(industryIds.includes('electronic-information'))
 * //=> true
 * ```
 */
export const industryIds = /* @__PURE__ */ Object.freeze([
  'electronic-information',
  'biomedicine',
  'digital-economy',
  'microwave-rf',
  'vehicle-intelligent-systems',
] as const)
/** An id of the `industries` collection. @category Data */
export type IndustryId = (typeof industryIds)[number]

/**
 * Every {@link ChainId}, in the order of `data/chains.json`: for menus, validation and autocomplete.
 * @category Data
 * @example
 * ```ts
 * import { chainIds } from 'cdht-data'
 * console.log(chainIds.includes('integrated-circuits'))
 * //=> true
 * ```
 */
export const chainIds = /* @__PURE__ */ Object.freeze([
  'integrated-circuits',
  'new-display',
  'innovative-drugs',
  'high-performance-medical-devices',
  'artificial-intelligence',
] as const)
/** An id of the `chains` collection. @category Data */
export type ChainId = (typeof chainIds)[number]

/**
 * Every {@link ParkId}, in the order of `data/parks.json`: for menus, validation and autocomplete.
 * @category Data
 * @example
 * ```ts
 * import { parkIds } from 'cdht-data'
 * console.log(parkIds.includes('microwave-rf-park'))
 * //=> true
 * ```
 */
export const parkIds = /* @__PURE__ */ Object.freeze([
  'microwave-rf-park',
  'vehicle-intelligent-systems-park',
] as const)
/** An id of the `parks` collection. @category Data */
export type ParkId = (typeof parkIds)[number]

/**
 * Every {@link ProjectId}, in the order of `data/projects.json`: for menus, validation and autocomplete.
 * @category Data
 * @example
 * ```ts
 * import { projectIds } from 'cdht-data'
 * console.log(projectIds.includes('amoled-line'))
 * //=> true
 * ```
 */
export const projectIds = /* @__PURE__ */ Object.freeze([
  'amoled-line',
  'chenxian-micro-led-base',
  'ge-healthcare',
  'meituan-southwest-hq',
  'lingyu-vr-glasses-hq',
  'women-children-hospital',
  'peoples-hospital',
] as const)
/** An id of the `projects` collection. @category Data */
export type ProjectId = (typeof projectIds)[number]

/**
 * Every {@link PlanItemId}, in the order of `data/plan.json`: for menus, validation and autocomplete.
 * @category Data
 * @example
 * ```ts
 * import { planItemIds } from 'cdht-data'
 * console.log(planItemIds.includes('principle-new-quality-productive-forces-2024'))
 * //=> true
 * ```
 */
export const planItemIds = /* @__PURE__ */ Object.freeze([
  'principle-new-quality-productive-forces-2024',
  'principle-innovation-centre-2024',
  'principle-carry-the-load-2024',
  'principle-lead-the-way-2024',
  'principle-set-an-example-2024',
  'principle-radiate-2024',
  'quality-and-results-2024',
  'area-innovation-centre-2024',
  'area-key-zone-major-projects-2024',
  'area-foreign-trade-2024',
  'area-consumer-ip-2024',
  'area-regional-coordination-2024',
  'area-business-environment-2024',
  'area-urban-governance-2024',
  'area-safety-governance-2024',
  'key-breakthroughs-2024',
  'breakthrough-ai-computing-power-2024',
  'breakthrough-specialised-parks-2024',
  'breakthrough-chain-leader-services-2024',
  'breakthrough-specialised-smes-2024',
  'breakthrough-four-above-enterprises-2024',
  'breakthrough-smart-digital-transformation-2024',
  'foreign-trade-stabilisation-2024',
  'world-class-jiaozi-district-2024',
  'yulin-historic-district-2024',
  'hi-tech-consumer-ip-2024',
  'double-enclave-2024',
  'chengdu-chongqing-cooperation-2024',
  'dayi-dujiangyan-linkage-2024',
  'project-steward-2024',
  'service-improvement-year-2024',
  'digital-business-environment-2024',
  'one-enterprise-one-file-2024',
  'no-application-list-2024',
  'zhumeng-gaoxin-2024',
  'medical-resources-expansion-2024',
  'elderly-home-safety-2024',
  'ten-breakthroughs-2023',
  'circles-and-chains-2023',
  'pilot-testing-leap-2023',
  'minshan-action-2023',
  'streamlining-reform-2023',
  'happy-life-ten-projects-2023',
  'doorstep-sports-grounds-2023',
] as const)
/** An id of the `plan` collection. @category Data */
export type PlanItemId = (typeof planItemIds)[number]

/**
 * Every {@link FactId}, in the order of `data/facts.json`: for menus, validation and autocomplete.
 * @category Data
 * @example
 * ```ts
 * import { factIds } from 'cdht-data'
 * console.log(factIds.includes('gdp-passes-3200'))
 * //=> true
 * ```
 */
export const factIds = /* @__PURE__ */ Object.freeze([
  'gdp-passes-3200',
  'tongwei-world-500',
  'texas-instruments-over-10bn',
  'beite-pharma-over-10bn',
  'ocean-engine-over-10bn',
  'tianfu-jiangxi-laboratory',
  'tianfu-jincheng-laboratory',
  'pku-chengdu-biotech-institute',
  'west-china-medical-robotics-institute',
  'microelectronics-packaging-institute',
  'pilot-testing-destination-first',
  'pilot-plus-concept',
] as const)
/** An id of the `facts` collection. @category Data */
export type FactId = (typeof factIds)[number]

/**
 * Every {@link BreakId}, in the order of `data/breaks.json`: for menus, validation and autocomplete.
 * @category Data
 * @example
 * ```ts
 * import { breakIds } from 'cdht-data'
 * console.log(breakIds.includes('gdp-renamed-2017'))
 * //=> true
 * ```
 */
export const breakIds = /* @__PURE__ */ Object.freeze([
  'gdp-renamed-2017',
  'fixed-asset-investment-area-2017',
  'foreign-trade-area-2017',
  'gdp-area-2017',
  'general-budget-revenue-area-2017',
  'high-tech-enterprises-area-2017',
  'industrial-value-added-area-2017',
  'fixed-asset-investment-area-2019',
  'foreign-trade-area-2019',
  'gdp-area-2019',
  'general-budget-revenue-area-2019',
  'high-tech-enterprises-area-2019',
  'industrial-value-added-area-2019',
  'fixed-asset-investment-area-2020',
  'foreign-trade-area-2020',
  'gdp-area-2020',
  'general-budget-revenue-area-2020',
  'high-tech-enterprises-area-2020',
  'industrial-value-added-area-2020',
  'new-enterprises-area-2020',
  'talent-pool-area-2020',
  'foreign-trade-currency-2017',
  'bonded-zone-trade-currency-2016',
  'bonded-zone-trade-coverage',
] as const)
/** An id of the `breaks` collection. @category Data */
export type BreakId = (typeof breakIds)[number]
