// node:timers/promises.
const {setTimeout: wait, setImmediate: immediate, setInterval: every} = require('timers/promises');

test('setTimeout resolves with the value after the delay', async () => {
  const start = nowMs();
  assertEqual(await wait(20, 'v'), 'v');
  assert(nowMs() - start >= 10);
  assertEqual(await immediate(7), 7);
});

test('abort rejects with AbortError', async () => {
  const controller = new AbortController();
  const pending = wait(10000, 'x', {signal: controller.signal});
  controller.abort();
  let caught;
  try { await pending; } catch (error) { caught = error; }
  assertEqual(caught.name, 'AbortError');
  assertEqual(caught.code, 'ABORT_ERR');
  assertEqual(caught.message, 'The operation was aborted');
});

test('setInterval yields until break', async () => {
  const values = [];
  for await (const value of every(2, 'i')) {
    values.push(value);
    if (values.length === 4) break;
  }
  assertEqual(values.join(), 'i,i,i,i');
});

test('tty and perf_hooks', () => {
  const tty = require('tty');
  assertEqual(tty.isatty(-1), false);
  assertEqual(typeof tty.WriteStream, 'function');
  assertEqual(require('perf_hooks').performance, performance);
});
