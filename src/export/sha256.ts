import { createHash } from 'node:crypto'

/**
 * The sha256 of a text encoded as UTF-8, lowercase hex: what `sha256sum` prints for the file
 * the text is written to.
 *
 * @param text - The file content.
 * @returns 64 hex digits.
 */
export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex')
}
