// stdin: readline_question.stdin
// Callback question(), prompt(), 'pause'/'resume'/'close' events, and the
// ANSI cursor helpers.
const readline = require('readline');
const out = [];
const sink = {write(text) { out.push(text); return true; }};
console.log(readline.cursorTo(sink, 3), readline.cursorTo(sink, 2, 5),
            readline.moveCursor(sink, -2, 3), readline.moveCursor(sink, 4, -1),
            readline.moveCursor(sink, 0, 0), readline.clearLine(sink, -1),
            readline.clearLine(sink, 1), readline.clearLine(sink, 0),
            readline.clearScreenDown(sink));
console.log(JSON.stringify(out));
try {
  readline.cursorTo(sink, undefined, 2);
} catch (error) {
  console.log(error.code, error.message);
}
const rl = readline.createInterface({input: process.stdin, output: process.stdout, terminal: false});
rl.on('pause', () => console.log('[pause]'));
rl.on('resume', () => console.log('[resume]'));
rl.on('close', () => console.log('[close]'));
rl.question('first? ', (answer) => {
  console.log(`answer: ${answer}`);
  rl.setPrompt('$ ');
  rl.prompt();
  rl.on('line', (line) => {
    console.log(`line: ${JSON.stringify(line)}`);
    if (line === 'blue') {
      rl.close();
      try {
        rl.question('again?', () => {});
      } catch (error) {
        console.log(error.code, error.message);
      }
    }
  });
});
