// Evaluated once, at build time: loads marked's CommonJS build
// (lib/marked.cjs, which `require` gets through the package's "exports") and
// sets up the renderer, so none of that is done at each start.
//
// It does not render a sample here to warm the parser up: while a snapshot
// is built, V8 10.2 leaves out the features it installs behind flags
// (Array.prototype.at, findLast, Object.hasOwn, ...) and adds them only to
// contexts made from the snapshot, and marked's lexer calls `tokens.at(-1)`.
const { Marked } = require('marked');

module.exports = { marked: new Marked({ gfm: true, breaks: false, async: false }) };
