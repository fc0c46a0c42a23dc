// marked-cli [FILE]: prints the Markdown in FILE (or standard input) as HTML,
// with marked's GitHub-flavoured defaults.
const fs = require('fs');
const { marked } = require('./lib/markdown');

const file = process.argv[2];
if (file !== undefined) {
  process.stdout.write(marked.parse(fs.readFileSync(file, 'utf8')));
} else {
  let input = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => { input += chunk; });
  process.stdin.on('end', () => process.stdout.write(marked.parse(input)));
}
