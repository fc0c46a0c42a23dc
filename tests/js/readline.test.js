// node:readline and node:readline/promises over plain emitters.
const readline = require('readline');
const readlinePromises = require('readline/promises');
const {EventEmitter} = require('events');

function fakeInput() {
  const input = new EventEmitter();
  input.paused = false;
  input.pause = () => { input.paused = true; };
  input.resume = () => { input.paused = false; };
  return input;
}

function sink() {
  const written = [];
  return {written, write(text) { written.push(text); return true; }};
}

test('lines split on \\n, \\r\\n and \\r; the rest comes at end', () => {
  const input = fakeInput();
  const rl = readline.createInterface({input});
  const lines = [];
  let closed = false;
  rl.on('line', (line) => lines.push(line));
  rl.on('close', () => { closed = true; });
  input.emit('data', 'a\nb\r\nc\rd');
  input.emit('data', Buffer.from('e\n\nf'));
  assertDeepEqual(lines, ['a', 'b', 'c', 'de', '']);
  input.emit('end');
  assertDeepEqual(lines, ['a', 'b', 'c', 'de', '', 'f']);
  assert(closed);
  assert(input.paused);
  assertEqual(input.listenerCount('data'), 0);
});

test('\\r\\n split across chunks is one line ending; UTF-8 split across Buffers', () => {
  const input = fakeInput();
  const rl = readline.createInterface({input});
  const lines = [];
  rl.on('line', (line) => lines.push(line));
  input.emit('data', 'x\r');
  input.emit('data', '\ny');
  const check = Buffer.from('\u2713\n');
  input.emit('data', check.subarray(0, 1));
  input.emit('data', check.subarray(1));
  assertDeepEqual(lines, ['x', 'y\u2713']);
  rl.close();
});

test('question, prompt, setPrompt, pause/resume events, close', () => {
  const input = fakeInput();
  const output = sink();
  const rl = readline.createInterface({input, output});
  const events = [];
  rl.on('line', (line) => events.push(`line ${line}`));
  rl.on('pause', () => events.push('pause'));
  rl.on('resume', () => events.push('resume'));
  rl.on('close', () => events.push('close'));
  assertEqual(rl.getPrompt(), '> ');
  rl.question('name? ', (answer) => events.push(`answer ${answer}`));
  input.emit('data', 'Ada\nnext\n');
  rl.setPrompt('$ ');
  rl.prompt();
  rl.pause();
  rl.resume();
  rl.close();
  rl.close();
  assertDeepEqual(output.written, ['name? ', '$ ']);
  assertDeepEqual(events, ['answer Ada', 'line next', 'pause', 'resume', 'pause', 'close']);
  assertThrows(() => rl.question('again', () => {}),
               (error) => assertEqual(error.code, 'ERR_USE_AFTER_CLOSE'));
});

test('async iteration yields lines until close', async () => {
  const input = fakeInput();
  const rl = readline.createInterface({input});
  setTimeout(() => {
    input.emit('data', 'one\ntwo\nthr');
    input.emit('data', 'ee');
    input.emit('end');
  }, 1);
  const lines = [];
  for await (const line of rl) lines.push(line);
  assertDeepEqual(lines, ['one', 'two', 'three']);
});

test('breaking out of for await closes the interface', async () => {
  const input = fakeInput();
  const rl = readline.createInterface({input});
  let closed = false;
  rl.on('close', () => { closed = true; });
  setTimeout(() => input.emit('data', 'a\nb\n'), 1);
  for await (const line of rl) {
    assertEqual(line, 'a');
    break;
  }
  assert(closed);
});

test('readline/promises question resolves with the answer', async () => {
  const input = fakeInput();
  const output = sink();
  const rl = readlinePromises.createInterface({input, output});
  const answer = rl.question('q? ');
  input.emit('data', 'yes\n');
  assertEqual(await answer, 'yes');
  assertDeepEqual(output.written, ['q? ']);
  const controller = new AbortController();
  const aborted = rl.question('never? ', {signal: controller.signal});
  controller.abort();
  let error;
  try { await aborted; } catch (e) { error = e; }
  assertEqual(error.name, 'AbortError');
  rl.close();
  let closedError;
  try { await rl.question('x'); } catch (e) { closedError = e; }
  assertEqual(closedError.code, 'ERR_USE_AFTER_CLOSE');
  assertEqual(readline.promises, readlinePromises);
});

test('cursor helpers write ANSI sequences', () => {
  const out = sink();
  assert(readline.cursorTo(out, 0));
  readline.cursorTo(out, 4, 2);
  readline.moveCursor(out, -1, 1);
  readline.moveCursor(out, 0, 0);
  readline.clearLine(out, 0);
  readline.clearScreenDown(out);
  assertDeepEqual(out.written, ['\x1b[1G', '\x1b[3;5H', '\x1b[1D\x1b[1B', '\x1b[2K', '\x1b[0J']);
  assertEqual(readline.clearLine(undefined, 0), true);
  assertThrows(() => readline.cursorTo(out, undefined, 1),
               (error) => assertEqual(error.code, 'ERR_INVALID_CURSOR_POS'));
});

test('readline over a child\'s stdout', async () => {
  const child = require('child_process').spawn('printf', ['1\\n2\\n3']);
  const rl = readline.createInterface({input: child.stdout});
  const lines = [];
  for await (const line of rl) lines.push(line);
  assertDeepEqual(lines, ['1', '2', '3']);
});
