// Event, CustomEvent and EventTarget by the DOM standard, including where
// Node 20 departs from it (see stdlib_js/42_event_target.js).

test('every listener sees the target as currentTarget, at AT_TARGET; dispatch resets them', () => {
  const target = new EventTarget();
  const seen = [];
  const record = function (event) {
    seen.push([this === target, event.target === target, event.currentTarget === target,
      event.eventPhase, event.composedPath().length]);
  };
  target.addEventListener('x', record);
  target.addEventListener('x', (event) => record.call(target, event));
  target.addEventListener('x', {handleEvent: record});
  const event = new Event('x');
  assertEqual(target.dispatchEvent(event), true);
  assertDeepEqual(seen, [[true, true, true, 2, 1], [true, true, true, 2, 1], [false, true, true, 2, 1]]);
  assertEqual(event.eventPhase, Event.NONE);
  assertEqual(event.currentTarget, null);
  assertEqual(event.target, target);
  assertDeepEqual(event.composedPath(), []);
  assertEqual(Event.prototype.AT_TARGET, 2);
});

test('capture listeners run first; stopPropagation in one skips the rest', () => {
  const target = new EventTarget();
  const order = [];
  target.addEventListener('x', () => order.push('bubble 1'));
  target.addEventListener('x', () => order.push('capture 1'), true);
  target.addEventListener('x', () => order.push('bubble 2'), {capture: false});
  target.addEventListener('x', () => order.push('capture 2'), {capture: true});
  target.dispatchEvent(new Event('x'));
  assertDeepEqual(order, ['capture 1', 'capture 2', 'bubble 1', 'bubble 2']);

  const stopper = new EventTarget();
  const ran = [];
  stopper.addEventListener('y', (event) => { ran.push('capture'); event.stopPropagation(); }, true);
  stopper.addEventListener('y', () => ran.push('capture after stopPropagation'), true);
  stopper.addEventListener('y', () => ran.push('bubble'));
  const event = new Event('y');
  stopper.dispatchEvent(event);
  assertDeepEqual(ran, ['capture', 'capture after stopPropagation']);
  assertEqual(event.cancelBubble, false, 'flags reset after dispatch');
});

test('stopImmediatePropagation stops every later listener, passive ones too', () => {
  const target = new EventTarget();
  const ran = [];
  target.addEventListener('x', (event) => { ran.push(1); event.stopImmediatePropagation(); });
  target.addEventListener('x', () => ran.push(2), {passive: true});
  target.dispatchEvent(new Event('x'));
  assertDeepEqual(ran, [1]);
});

test('listeners added during a dispatch wait; removed ones do not run', () => {
  const target = new EventTarget();
  const ran = [];
  const late = () => ran.push('late');
  const second = () => ran.push('second');
  target.addEventListener('x', () => {
    ran.push('first');
    target.addEventListener('x', late);
    target.removeEventListener('x', second);
  });
  target.addEventListener('x', second);
  target.dispatchEvent(new Event('x'));
  assertDeepEqual(ran, ['first']);
  target.dispatchEvent(new Event('x'));
  assertDeepEqual(ran, ['first', 'first', 'late']);
});

test('once, duplicates, and removal by capture flag', () => {
  const target = new EventTarget();
  let count = 0;
  const listener = () => count++;
  target.addEventListener('x', listener, {once: true});
  target.addEventListener('x', listener);  // duplicate: ignored
  target.addEventListener('x', listener, true);
  target.dispatchEvent(new Event('x'));
  assertEqual(count, 2);
  target.dispatchEvent(new Event('x'));
  assertEqual(count, 3, 'the once listener is gone, the capture one stays');
  target.removeEventListener('x', listener, true);
  target.dispatchEvent(new Event('x'));
  assertEqual(count, 3);
});

test('preventDefault: only cancelable events, never from a passive listener', () => {
  const target = new EventTarget();
  target.addEventListener('passive', (event) => {
    event.preventDefault();
    assertEqual(event.defaultPrevented, false);
  }, {passive: true});
  assertEqual(target.dispatchEvent(new Event('passive', {cancelable: true})), true);
  target.addEventListener('active', (event) => event.preventDefault());
  assertEqual(target.dispatchEvent(new Event('active', {cancelable: true})), false);
  assertEqual(target.dispatchEvent(new Event('active')), true);
  const event = new Event('z', {cancelable: true});
  event.returnValue = false;
  assertEqual(event.defaultPrevented, true);
  assertEqual(event.returnValue, false);
});

test('a signal removes its listener, also when added twice; an aborted one adds nothing', () => {
  const target = new EventTarget();
  const controller = new AbortController();
  let count = 0;
  const listener = () => count++;
  target.addEventListener('x', listener);
  target.addEventListener('x', listener, {signal: controller.signal});
  controller.abort();
  target.dispatchEvent(new Event('x'));
  assertEqual(count, 0);
  target.addEventListener('x', listener, {signal: AbortSignal.abort()});
  target.dispatchEvent(new Event('x'));
  assertEqual(count, 0);
});

test('a listener error is reported after the dispatch, as an uncaught exception', async () => {
  const target = new EventTarget();
  const errors = [];
  const onError = (error) => errors.push(error.message);
  process.on('uncaughtException', onError);
  const ran = [];
  target.addEventListener('x', () => { throw new Error('sync'); });
  target.addEventListener('x', () => Promise.reject(new Error('async')));
  target.addEventListener('x', {handleEvent() { throw new Error('object'); }});
  target.addEventListener('x', () => ran.push('after'));
  assertEqual(target.dispatchEvent(new Event('x')), true);
  assertDeepEqual(ran, ['after']);
  assertDeepEqual(errors, []);
  await sleep(5);
  process.off('uncaughtException', onError);
  assertDeepEqual(errors.sort(), ['async', 'object', 'sync']);
});

test('dispatching an event being dispatched is an error; trusted events', () => {
  const target = new EventTarget();
  let inner;
  target.addEventListener('x', (event) => {
    inner = assertThrows(() => target.dispatchEvent(event));
  });
  target.dispatchEvent(new Event('x'));
  assertEqual(inner.code, 'ERR_EVENT_RECURSION');
  assertEqual(inner.message, 'The event "x" is already being dispatched');
  const controller = new AbortController();
  let trusted;
  controller.signal.onabort = (event) => { trusted = event.isTrusted; };
  controller.abort();
  assertEqual(trusted, true);
  assertEqual(new Event('x').isTrusted, false);
});

test('initEvent resets the event; CustomEvent detail', () => {
  const event = new Event('a', {cancelable: true});
  event.preventDefault();
  event.stopPropagation();
  event.initEvent('b', true, false);
  assertEqual(event.type, 'b');
  assertEqual(event.bubbles, true);
  assertEqual(event.cancelable, false);
  assertEqual(event.defaultPrevented, false);
  assertEqual(event.cancelBubble, false);
  assertEqual(new CustomEvent('c', {detail: 0}).detail, 0);
  assertEqual(new CustomEvent('c').detail, null);
  assert(new CustomEvent('c') instanceof Event);
  assertEqual(assertThrows(() => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail')
      .get.call(new Event('x'))).code, 'ERR_INVALID_THIS');
});

test('event handler attributes keep their place, and null removes them', () => {
  const signal = new AbortController().signal;
  const order = [];
  signal.onabort = () => order.push('handler 1');
  signal.addEventListener('abort', () => order.push('listener'));
  signal.onabort = () => order.push('handler 2');
  assertEqual(typeof signal.onabort, 'function');
  signal.onabort = 5;
  assertEqual(signal.onabort, null);
  signal.onabort = () => order.push('handler 3');
  signal.dispatchEvent(new Event('abort'));
  assertDeepEqual(order, ['listener', 'handler 3']);
  const error = assertThrows(() =>
    Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort').set.call({}, null));
  assertEqual(error.code, 'ERR_INVALID_ARG_TYPE');
});

test('timeStamp is on the performance clock', () => {
  const before = performance.now();
  const event = new Event('x');
  const after = performance.now();
  assert(event.timeStamp >= before && event.timeStamp <= after, `${before} ${event.timeStamp} ${after}`);
});

test('subclasses of EventTarget and Event work', () => {
  class Emitter extends EventTarget {
    fire(detail) { return this.dispatchEvent(new CustomEvent('fire', {detail})); }
  }
  const emitter = new Emitter();
  let got;
  emitter.addEventListener('fire', (event) => { got = event.detail; });
  emitter.fire(42);
  assertEqual(got, 42);
  assertEqual(Object.prototype.toString.call(emitter), '[object EventTarget]');
  assertEqual(EventTarget[Symbol.for('nodejs.event_target')], true);
});
