// Runs at each start: marks the words of the command line that are not in
// the list built at build time, and renders the result with marked.
const { marked } = require('marked');
const known = require('./lib/words');

const words = process.argv.slice(2);
const marked_up = words.map((w) => (known.has(w.toLowerCase()) ? w : `**${w}**`));
process.stdout.write(marked.parse(`${known.size} known words: ${marked_up.join(' ')}`));
