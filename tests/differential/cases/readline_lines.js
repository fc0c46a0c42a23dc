// stdin: readline_lines.stdin
// readline over process.stdin: \n, \r\n and lone \r end lines; the last
// line needs no newline; 'close' comes at the end of input.
const readline = require('readline');
const rl = readline.createInterface({input: process.stdin, crlfDelay: Infinity});
const lines = [];
rl.on('line', (line) => lines.push(line));
rl.on('close', () => {
  console.log(JSON.stringify(lines));
  console.log(lines.length, 'lines');
});
