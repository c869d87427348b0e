// The module a data/*.json file becomes in the build: `JSON.parse('…')` rather than an object
// literal, because V8 parses JSON faster than the same data as code and the string is smaller.
// Long text is cut into string literals of at most CHUNK characters joined at run time: V8
// compiles one huge literal in more than linear time (a 65 MB one took 14 s, the same cut in
// 64 KB pieces 1.7 s; bench/scale.mjs), and the real files fit in one piece anyway. Both calls
// are marked pure, so a consumer's bundler drops a collection nobody imports.
const CHUNK = 1 << 16

/** A JS string literal in single quotes: JSON has few of them, so little needs escaping. */
function singleQuoted(text) {
  return `'${text.replace(/[\\'\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`
}

/**
 * The source of an ES module whose default export is the JSON `text` parsed.
 * @param {string} text - JSON text.
 * @returns {string}
 */
export function jsonParseModule(text) {
  // A quote inside the JSON's strings becomes JSON's own \u0027: with none left in the text, the
  // bundler prints it as a plain '…' literal rather than a template literal, which V8 scans a
  // character at a time into two buffers (cooked and raw), about a fifth of what importing cost.
  const json = text.replaceAll("'", '\\u0027')
  const pieces = []
  for (let start = 0; start < json.length; ) {
    let end = Math.min(json.length, start + CHUNK)
    // Never between the two halves of a surrogate pair.
    if (end < json.length && /[\uDC00-\uDFFF]/.test(json[end])) end += 1
    pieces.push(singleQuoted(json.slice(start, end)))
    start = end
  }
  const argument = pieces.length <= 1 ? (pieces[0] ?? "''") : `/* @__PURE__ */ [${pieces.join(',')}].join('')`
  return `export default /* @__PURE__ */ JSON.parse(${argument})`
}
