/**
 * Types of the release metadata: the dataset's version and checksums ({@link DatasetMeta}) and
 * the corrections log ({@link Erratum}).
 *
 * @module
 */
import type { SourceId } from '../data/ids.js'

/**
 * A collection of the dataset, named as its file in `data/` (`observations` is
 * `data/observations.json`).
 * @category Release
 */
export type CollectionName =
  | 'sources'
  | 'indicators'
  | 'observations'
  | 'targets'
  | 'zones'
  | 'industries'
  | 'chains'
  | 'parks'
  | 'projects'
  | 'plan'
  | 'facts'
  | 'breaks'

/**
 * A value JSON can hold: what a field of a record can be, old or new.
 * @category Release
 */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue }

/**
 * What a release of the dataset is: its version, when it was cut, how many records each file
 * holds, and the sha256 of every shipped file, as also written in `data/manifest.json`.
 * @category Release
 */
export interface DatasetMeta {
  /** The package name. */
  readonly name: 'cdht-data'
  /**
   * The dataset version, which is the package version: `npm install cdht-data@1.2.3` pins the
   * data. How each kind of data change moves it is in docs/versioning.md.
   */
  readonly version: string
  /**
   * The UTC date (`YYYY-MM-DD`) this version number was set, i.e. when the release was cut by
   * `npm run version`; the npm publish follows within the day. Regenerating files for the same
   * version keeps the date.
   */
  readonly released: string
  /** Records per collection, and entries of `data/errata.json` under `errata`. */
  readonly counts: Readonly<Record<CollectionName | 'errata', number>>
  /**
   * sha256 (lowercase hex) of each file, by its path relative to the package's `data/` folder:
   * every canonical JSON file, every JSON Schema file, and `export/datapackage.json`, which in
   * turn lists the hash of every export file.
   */
  readonly files: Readonly<Record<string, string>>
}

/**
 * A correction of a published record: which field of which record changed, from what to what,
 * why, when, and the source that justifies the new value. Corrections are patch releases; a
 * later official revision is a new observation with `supersedes` instead (docs/versioning.md).
 * @category Release
 */
export interface Erratum {
  /** The collection of the corrected record. */
  readonly collection: CollectionName
  /** The id of the corrected record in that collection. */
  readonly id: string
  /** The corrected field, as a dotted path into the record: `value`, `label.en`, `focus.theme.zh`. */
  readonly field: string
  /** The value before the correction; `null` when the field was absent. */
  readonly oldValue: JsonValue
  /** The value after the correction (what the record holds now); `null` when the field was removed. */
  readonly newValue: JsonValue
  /** Why the old value was wrong, in English. */
  readonly reason: string
  /** The date of the correction, `YYYY-MM-DD`. */
  readonly date: string
  /** The source that shows the new value. */
  readonly source: SourceId
}
