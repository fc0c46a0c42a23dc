// util.aborted (Node 19.7+): settles when the signal aborts; an async
// function, so bad arguments reject.
const util = require('util');
const ac = new AbortController();
const pending = util.aborted(ac.signal, {});
console.log(pending instanceof Promise);
pending.then((event) => console.log('resolved', event.type, event.constructor.name));
ac.abort();
util.aborted(ac.signal, () => {}).then((value) => console.log('already aborted', value));
for (const args of [[{}, {}], [ac.signal, 1], [ac.signal, null], [undefined, {}]]) {
  util.aborted(...args).catch((error) => console.log(error.name, error.code, error.message));
}
