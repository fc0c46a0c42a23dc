const events = require('events');
const {EventEmitter, once, on, getEventListeners, errorMonitor, setMaxListeners, listenerCount} = events;
console.log(events === EventEmitter, typeof once, typeof on, typeof errorMonitor, events.defaultMaxListeners);
const e = new EventEmitter();
function a() {}
function b() {}
e.on('x', a);
e.once('x', b);
console.log(getEventListeners(e, 'x').length, listenerCount(e, 'x'), getEventListeners(e, 'x')[1] === b);
setMaxListeners(3, e);
console.log(e.getMaxListeners());
(async () => {
  setTimeout(() => e.emit('ready', 1, 2), 1);
  console.log('once', await once(e, 'ready'));
  setTimeout(() => e.emit('error', new Error('broken')), 1);
  try {
    await once(e, 'ready');
  } catch (error) {
    console.log('once rejected', error.message, e.listenerCount('ready'), e.listenerCount('error'));
  }
  const controller = new AbortController();
  const pending = once(e, 'never', {signal: controller.signal});
  controller.abort();
  try {
    await pending;
  } catch (error) {
    console.log('aborted', error.name, error.code);
  }
  const target = new EventTarget();
  setTimeout(() => target.dispatchEvent(new Event('ping')), 1);
  const [event] = await once(target, 'ping');
  console.log('target', event.type);
  setTimeout(() => {
    e.emit('data', 'a');
    e.emit('data', 'b');
    e.emit('data', 'c');
  }, 1);
  const seen = [];
  for await (const [value] of on(e, 'data')) {
    seen.push(value);
    if (seen.length === 3) break;
  }
  console.log('on', seen, e.listenerCount('data'));
  setTimeout(() => e.emit('error', new Error('iteration failed')), 1);
  try {
    for await (const value of on(e, 'data')) console.log(value);
  } catch (error) {
    console.log('on threw', error.message);
  }
})();
