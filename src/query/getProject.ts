import { lookup } from '../_internal/byId.js'
import { projectsById } from '../_internal/indexes.js'
import type { ProjectId } from '../data/ids.js'
import type { Project } from '../zoneTypes.js'

/**
 * A major project by its id, with its investment where the source states one.
 *
 * Ids autocomplete; a misspelt id is a type error, and at run time an error. Precomputed
 * index: O(1).
 *
 * @category Queries
 * @param id - The project id.
 * @returns The record (frozen).
 * @throws {@link CdhtDataError} `UNKNOWN_ID` (`id`) when no project has that id.
 * @example
 * ```ts
 * import { getProject } from 'cdht-data'
 * console.log(getProject('amoled-line').label.zh)
 * //=> '高世代AMOLED项目'
 * ```
 */
export function getProject(id: ProjectId): Project {
  return lookup(projectsById, id, 'project', 'id')
}
