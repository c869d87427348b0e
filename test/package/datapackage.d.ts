// Frictionless JS (`datapackage` 1.x) ships no types: the one entry point the tests use.
declare module 'datapackage' {
  export const Package: { load: (descriptor: string) => Promise<unknown> }
}
