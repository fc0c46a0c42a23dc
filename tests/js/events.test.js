// EventEmitter semantics, through `process` (the emitter thaw has so far).
const {constructor: Process} = process;
const EventEmitter = Object.getPrototypeOf(Process.prototype).constructor;

test('on, emit with arguments, listenerCount', () => {
  const e = new EventEmitter();
  const seen = [];
  e.on('x', (a, b) => seen.push([a, b]));
  e.on('x', (a) => seen.push(a));
  assertEqual(e.emit('x', 1, 2), true);
  assertEqual(e.emit('y'), false);
  assertDeepEqual(seen, [[1, 2], 1]);
  assertEqual(e.listenerCount('x'), 2);
});

test('once fires once and can be removed by its listener', () => {
  const e = new EventEmitter();
  let count = 0;
  const listener = () => count++;
  e.once('x', listener);
  e.emit('x');
  e.emit('x');
  assertEqual(count, 1);
  e.once('y', listener);
  e.off('y', listener);
  e.emit('y');
  assertEqual(count, 1);
});

test('prependListener goes first', () => {
  const e = new EventEmitter();
  const order = [];
  e.on('x', () => order.push('b'));
  e.prependListener('x', () => order.push('a'));
  e.emit('x');
  assertDeepEqual(order, ['a', 'b']);
});

test('removing a listener during emit does not skip the others', () => {
  const e = new EventEmitter();
  const order = [];
  const first = () => { order.push(1); e.off('x', second); };
  const second = () => order.push(2);
  e.on('x', first);
  e.on('x', second);
  e.emit('x');
  e.emit('x');
  assertDeepEqual(order, [1, 2, 1]);
});

test("'error' without a listener throws", () => {
  const e = new EventEmitter();
  const error = new Error('bad');
  assertEqual(assertThrows(() => e.emit('error', error)), error);
  const wrapped = assertThrows(() => e.emit('error', 'text'));
  assertEqual(wrapped.code, 'ERR_UNHANDLED_ERROR');
});

test('a non-function listener is a TypeError with Node code', () => {
  const error = assertThrows(() => new EventEmitter().on('x', 5));
  assertEqual(error.code, 'ERR_INVALID_ARG_TYPE');
  assertEqual(error.message,
              'The "listener" argument must be of type function. Received type number (5)');
});

test('more than 10 listeners warns once', async () => {
  const e = new EventEmitter();
  const warnings = [];
  process.on('warning', (w) => warnings.push(w.name));
  for (let i = 0; i < 12; i++) e.on('x', () => {});
  await sleep(1);
  assertDeepEqual(warnings.filter((n) => n === 'MaxListenersExceededWarning'),
                  ['MaxListenersExceededWarning']);
});

test('newListener and removeListener events', () => {
  const e = new EventEmitter();
  const log = [];
  e.on('newListener', (name) => log.push(`new ${name}`));
  e.on('removeListener', (name) => log.push(`removed ${name}`));
  const f = () => {};
  e.on('x', f);
  e.off('x', f);
  assertDeepEqual(log, ['new removeListener', 'new x', 'removed x']);
});
