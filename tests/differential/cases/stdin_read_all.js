// stdin: test_input.stdin
// Reading all of stdin with 'data' and 'end' events.
let text = '';
process.stdin.on('data', (chunk) => { text += chunk; });
process.stdin.on('end', () => {
  const lines = text.split('\n');
  console.log(lines.length, JSON.stringify(lines[0]), text.length);
});
