// Evaluated once, at build time: loads marked's CommonJS build
// (lib/marked.cjs, which `require` gets through the package's "exports"),
// sets up the renderer, and renders a sample that uses the common block and
// inline rules, so that the lexer's, parser's and renderer's functions are
// compiled in the snapshot rather than at each start.
const { Marked } = require('marked');

const marked = new Marked({ gfm: true, breaks: false, async: false });
marked.parse([
  '# Title', '', 'Some *emphasis*, **strong**, `code` and a [link](https://example.com).', '',
  '- one', '- two', '  1. nested', '', '> quoted', '', '```js', 'const x = 1;', '```', '',
  '| a | b |', '| - | - |', '| 1 | 2 |', '', '---', '', 'Line with <span>html</span> & ~~strike~~.',
].join('\n'));

module.exports = { marked };
