/** Absolute paths of the modules the entry re-exports whole (see publicModules.mjs). */
export declare function wholeReExports(entry: string): Set<string>
