// node:diagnostics_channel as libraries use it (lru-cache publishes
// metrics and tracing events): channels, subscribers, stores, tracing
// channels around synchronous, promise and callback calls, and the errors.
'use strict';

const dc = require('diagnostics_channel');
console.log('exports', Object.keys(dc).join(','));
console.log('node: prefix is the same module', require('node:diagnostics_channel') === dc);

const a = dc.channel('cache:metrics');
console.log('same channel for a name', a === dc.channel('cache:metrics'), a instanceof dc.Channel);
console.log('name', a.name, 'hasSubscribers before', a.hasSubscribers, dc.hasSubscribers('cache:metrics'));
a.publish('nobody listens');

function first(message, name) {
  console.log('first got', JSON.stringify(message), name, this === undefined);
}
const second = (message) => console.log('second got', JSON.stringify(message));
a.subscribe(first);
dc.subscribe('cache:metrics', second);
console.log('hasSubscribers after', a.hasSubscribers, dc.hasSubscribers('cache:metrics'));
a.publish({hits: 1});
console.log('unsubscribe', a.unsubscribe(first), a.unsubscribe(first), dc.unsubscribe('cache:metrics', second));
console.log('unsubscribe from an unknown name', dc.unsubscribe('never-made', second));
console.log('hasSubscribers at the end', a.hasSubscribers, dc.hasSubscribers('never-made'));
a.publish({hits: 2});

const sym = Symbol('private');
const s = dc.channel(sym);
console.log('symbol name', s.name === sym, typeof s.name);

for (const bad of [1, null, undefined, {}]) {
  try {
    dc.channel(bad);
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
try {
  a.subscribe('not a function');
} catch (error) {
  console.log(error.name, error.code, error.message);
}

// Stores: anything with run(value, fn), as AsyncLocalStorage has.
const seen = [];
const store = {
  current: undefined,
  run(value, fn) {
    const before = this.current;
    this.current = value;
    try {
      return fn();
    } finally {
      this.current = before;
    }
  },
};
const withStore = dc.channel('with-store');
withStore.bindStore(store, (data) => ({wrapped: data}));
console.log('hasSubscribers with only a store', withStore.hasSubscribers);
withStore.subscribe((message) => seen.push(`published ${JSON.stringify(message)} ` +
                                           `store ${JSON.stringify(store.current)}`));
const result = withStore.runStores({id: 7}, function(x, y) {
  seen.push(`ran with ${x},${y} this=${this.tag} store ${JSON.stringify(store.current)}`);
  return x + y;
}, {tag: 'T'}, 2, 3);
console.log(seen.join('\n'), '\nresult', result, 'store after', store.current);
console.log('unbindStore', withStore.unbindStore(store), withStore.unbindStore(store));

// Tracing channels.
const tc = dc.tracingChannel('op');
console.log('tracing channel names', ['start', 'end', 'asyncStart', 'asyncEnd', 'error']
  .map((event) => tc[event].name).join(' '));
console.log('tracing hasSubscribers', tc.hasSubscribers);
console.log('untraced call', tc.traceSync((x) => x * 2, {}, undefined, 21));
const log = [];
const handlers = {};
for (const event of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
  handlers[event] = (context) => log.push(`${event} ${JSON.stringify(context, (key, value) =>
    (value instanceof Error ? `Error(${value.message})` : value))}`);
}
tc.subscribe(handlers);
console.log('tracing hasSubscribers after subscribe', tc.hasSubscribers);
console.log('traceSync', tc.traceSync(function(x) { return x + this.add; }, {n: 1}, {add: 1}, 41));
try {
  tc.traceSync(() => {
    throw new Error('sync failure');
  }, {n: 2});
} catch (error) {
  console.log('traceSync rethrew', error.message);
}
console.log(log.splice(0).join('\n'));

const explicit = dc.tracingChannel({
  start: dc.channel('e:start'), end: dc.channel('e:end'), asyncStart: dc.channel('e:as'),
  asyncEnd: dc.channel('e:ae'), error: dc.channel('e:error'),
});
console.log('explicit channels', explicit.start.name, explicit.error.name);
for (const bad of [5, null, {start: 1}, {start: dc.channel('x'), end: 'y'}]) {
  try {
    dc.tracingChannel(bad);
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}

function callbackApi(value, callback) {
  setImmediate(() => (value < 0 ? callback(new Error('negative')) : callback(null, value * 10)));
  return 'returned synchronously';
}

(async () => {
  const p = tc.tracePromise(async (x) => x + 1, {n: 3}, undefined, 1);
  log.push('after the call');
  console.log('tracePromise resolved', await p);
  await tc.tracePromise(async () => {
    throw new Error('async failure');
  }, {n: 4}).catch((error) => console.log('tracePromise rejected', error.message));
  console.log(log.splice(0).join('\n'));

  await new Promise((resolve) => {
    console.log('traceCallback', tc.traceCallback(callbackApi, -1, {n: 5}, undefined, 4,
        (error, value) => {
          log.push(`callback ${error} ${value}`);
          resolve();
        }));
  });
  await new Promise((resolve) => {
    tc.traceCallback(callbackApi, 1, {n: 6}, undefined, -1, (error) => {
      log.push(`callback ${error.message}`);
      resolve();
    });
  });
  console.log(log.splice(0).join('\n'));
  try {
    tc.traceCallback(callbackApi, -1, {}, undefined, 1, 'not a callback');
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
  console.log('unsubscribe tracing', tc.unsubscribe(handlers), tc.unsubscribe(handlers));
  console.log('tracing hasSubscribers at the end', tc.hasSubscribers);

  // A subscriber's exception reaches 'uncaughtException' on a later tick;
  // the publisher and the other subscribers carry on.
  process.on('uncaughtException', (error) => console.log('uncaught', error.message));
  const c = dc.channel('throws');
  c.subscribe(() => {
    throw new Error('subscriber failed');
  });
  c.subscribe(() => console.log('the next subscriber still runs'));
  c.publish('x');
  console.log('publish returned');
})();
