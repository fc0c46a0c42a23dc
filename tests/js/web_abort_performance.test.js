// AbortController/AbortSignal, performance, reportError.

test('abort: default reason, once only, listeners and onabort', () => {
  const controller = new AbortController();
  const {signal} = controller;
  const seen = [];
  signal.addEventListener('abort', (event) => seen.push(['listener', event.type, signal.aborted]));
  signal.onabort = () => seen.push('onabort');
  assertEqual(signal.aborted, false);
  assertEqual(signal.reason, undefined);
  signal.throwIfAborted();
  controller.abort();
  controller.abort('ignored');
  assertDeepEqual(seen, [['listener', 'abort', true], 'onabort']);
  assert(signal.reason instanceof DOMException);
  assertEqual(signal.reason.name, 'AbortError');
  assertEqual(signal.reason.message, 'This operation was aborted');
  assertEqual(signal.reason.code, 20);
  assertEqual(assertThrows(() => signal.throwIfAborted()), signal.reason);
  const other = new AbortController();
  other.abort(null);
  assertEqual(other.signal.reason, null);
});

test('AbortSignal.any: follows its sources, marked aborted before any event runs', () => {
  const a = new AbortController();
  const b = new AbortController();
  const any = AbortSignal.any([a.signal, b.signal]);
  const nested = AbortSignal.any([any, b.signal]);
  const seen = [];
  a.signal.addEventListener('abort', () => seen.push(['a', any.aborted, nested.aborted]));
  any.addEventListener('abort', () => seen.push(['any', any.reason]));
  nested.addEventListener('abort', () => seen.push(['nested', nested.reason]));
  a.abort('why');
  assertDeepEqual(seen, [['a', true, true], ['any', 'why'], ['nested', 'why']]);
  b.abort('later');
  assertEqual(any.reason, 'why');
  const already = AbortSignal.any([new AbortController().signal, AbortSignal.abort('first')]);
  assertEqual(already.aborted, true);
  assertEqual(already.reason, 'first');
  assertEqual(AbortSignal.any([]).aborted, false);
  assertEqual(assertThrows(() => AbortSignal.any([{aborted: false}])).code, 'ERR_INVALID_ARG_TYPE');
});

test('AbortSignal.timeout aborts with a TimeoutError', async () => {
  const signal = AbortSignal.timeout(5);
  const keepAlive = setTimeout(() => {}, 1000);
  const event = await new Promise((resolve) => signal.addEventListener('abort', resolve));
  clearTimeout(keepAlive);
  assertEqual(event.isTrusted, true);
  assertEqual(signal.reason.name, 'TimeoutError');
  assertEqual(signal.reason.message, 'The operation was aborted due to timeout');
  assertEqual(signal.reason.code, 23);
});

test('AbortSignal and Performance cannot be constructed', () => {
  for (const Class of [AbortSignal, Performance, PerformanceEntry, PerformanceMeasure]) {
    const error = assertThrows(() => new Class());
    assertEqual(error.code, 'ERR_ILLEGAL_CONSTRUCTOR');
    assertEqual(error.message, 'Illegal constructor');
  }
});

test('performance.now counts from the process start; timeOrigin is the wall clock then', () => {
  const now = performance.now();
  assert(now > 0 && now < 10000, `now ${now}`);
  assert(Math.abs(now - process.uptime() * 1000) < 50, 'now and uptime agree');
  const origin = performance.timeOrigin;
  assertEqual(performance.timeOrigin, origin, 'fixed for the process');
  assert(Math.abs(origin + performance.now() - Date.now()) < 5, 'origin + now is the wall clock');
  let last = performance.now();
  for (let i = 0; i < 1000; i++) {
    const next = performance.now();
    assert(next >= last, 'monotonic');
    last = next;
  }
  assertDeepEqual(Object.keys(performance.toJSON()), ['timeOrigin']);
});

test('marks and measures', () => {
  performance.clearMarks();
  performance.clearMeasures();
  const start = performance.mark('start', {startTime: 10, detail: {step: 1}});
  performance.mark('end', {startTime: 25});
  performance.mark('start', {startTime: 20});
  assertEqual(start.detail.step, 1);
  assertEqual(performance.measure('m1', 'start', 'end').duration, 5, 'the latest mark of a name');
  assertEqual(performance.measure('m2', {start: 'start', duration: 3}).duration, 3);
  const m3 = performance.measure('m3', {end: 'end', duration: 4, detail: 'd'});
  assertEqual(m3.startTime, 21);
  assertEqual(m3.detail, 'd');
  const m4 = performance.measure('m4');
  assertEqual(m4.startTime, 0);
  assertDeepEqual(performance.getEntries().map((e) => e.name), ['m4', 'start', 'start', 'm1', 'm2', 'm3', 'end']);
  assertDeepEqual(performance.getEntriesByType('mark').map((e) => e.startTime), [10, 20, 25]);
  assertDeepEqual(performance.getEntriesByName('start', 'mark').length, 2);
  assertDeepEqual(performance.getEntriesByName('start', 'measure').length, 0);
  performance.clearMarks('start');
  assertEqual(performance.getEntriesByType('mark').length, 1);
  const error = assertThrows(() => performance.measure('m5', 'start'));
  assertEqual(error.name, 'SyntaxError');
  assert(error instanceof DOMException);
  performance.clearMeasures('m1');
  assertEqual(performance.getEntriesByType('measure').length, 3);
  performance.clearMarks();
  performance.clearMeasures();
  assertEqual(performance.getEntries().length, 0);
});

test('reportError goes to uncaughtException listeners, synchronously', () => {
  const seen = [];
  const listener = (error, origin) => seen.push([error, origin]);
  process.on('uncaughtException', listener);
  const error = new Error('reported');
  reportError(error);
  process.off('uncaughtException', listener);
  assertEqual(seen.length, 1);
  assertEqual(seen[0][0], error);
  assertEqual(seen[0][1], 'uncaughtException');
  assertEqual(assertThrows(() => reportError()).code, 'ERR_MISSING_ARGS');
});

// `self` is covered by web_self.test.js: thaw has it, Node 20 does not.
test('globals: what Node 20 has, with its attributes', () => {
  for (const name of ['DOMException', 'TextEncoder', 'TextDecoder', 'Event', 'EventTarget',
    'CustomEvent', 'AbortController', 'AbortSignal', 'Performance', 'PerformanceEntry',
    'PerformanceMark', 'PerformanceMeasure']) {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
    assertEqual(descriptor.enumerable, false, name);
    assertEqual(descriptor.configurable, true, name);
    assertEqual(descriptor.writable, true, name);
  }
  for (const name of ['atob', 'btoa', 'performance', 'queueMicrotask', 'reportError']) {
    assertEqual(Object.getOwnPropertyDescriptor(globalThis, name).enumerable, true, name);
  }
});
