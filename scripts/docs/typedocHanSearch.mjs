// A TypeDoc plugin that lets the site's search find Chinese words (生产总值, 高新技术企业, 超).
//
// TypeDoc builds its lunr index with lunr's `trimmer`, which strips every character outside
// [A-Za-z0-9_] from the ends of each token; a token of Han text is stripped to nothing, so no
// Chinese word is ever indexed. The search box queries `*word*` (a substring of an indexed token),
// so it is enough to keep Han text in the tokens: this plugin registers, under the same label, a
// trimmer that strips only what is neither a letter nor a digit in any script. The index file
// names the pipeline by label, and the browser applies no pipeline to wildcard queries, so the
// site's own search code reads the index unchanged.
import lunr from 'lunr'

const LEADING = /^[^\p{L}\p{N}_]+/u
const TRAILING = /[^\p{L}\p{N}_]+$/u

/** lunr's trimmer, for letters and digits of every script rather than ASCII only. */
export function unicodeTrimmer(token) {
  return token.update((text) => text.replace(LEADING, '').replace(TRAILING, ''))
}

/** TypeDoc's entry point: swap the trimmer before any index is built. */
export function load() {
  // Replacing a registered function is what this plugin is for: drop the old one quietly.
  delete lunr.Pipeline.registeredFunctions.trimmer
  lunr.Pipeline.registerFunction(unicodeTrimmer, 'trimmer')
  lunr.trimmer = unicodeTrimmer
}
