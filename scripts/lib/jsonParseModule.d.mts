/** The source of an ES module whose default export is the JSON `text` parsed (see jsonParseModule.mjs). */
export declare function jsonParseModule(text: string): string
