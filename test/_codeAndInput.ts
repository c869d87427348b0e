import { isCdhtDataError } from '../src/errors.js'

/**
 * The code and input of the CdhtDataError an action throws, `undefined` when it returns; any
 * other error is thrown on, so a raw TypeError fails the test rather than passing as "refused".
 */
export function codeAndInput(action: () => unknown): [string, string] | undefined {
  try {
    action()
  } catch (error) {
    if (isCdhtDataError(error)) return [error.code, error.input]
    throw error
  }
  return undefined
}
