// events.addAbortListener (Node 20.5+) and Symbol.dispose, which Node 20
// defines where V8 lacks it.
console.log(typeof Symbol.dispose, String(Symbol.dispose), String(Symbol.asyncDispose),
            Object.getOwnPropertyDescriptor(Symbol, 'dispose').writable);
const {addAbortListener} = require('events');
const ac = new AbortController();
const d = addAbortListener(ac.signal, () => console.log('aborted'));
console.log(d, Object.getPrototypeOf(d) === null);
const removed = addAbortListener(ac.signal, () => console.log('never'));
removed[Symbol.dispose]();
ac.abort();
for (const attempt of [() => addAbortListener({}, () => {}), () => addAbortListener(ac.signal, 1),
                       () => addAbortListener(undefined, () => {})]) {
  try { attempt(); } catch (e) { console.log(e.name, e.code, e.message); }
}
addAbortListener(ac.signal, () => console.log('already aborted, later'));
console.log('sync');
