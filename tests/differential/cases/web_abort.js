// AbortController and AbortSignal: reasons, events, onabort,
// throwIfAborted, AbortSignal.abort/timeout/any, errors, attributes.
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (error) {
    console.log(label, 'throws', error.name, error.code, error.message);
  }
};
const controller = new AbortController();
const {signal} = controller;
console.log(signal.aborted, signal.reason, controller.signal === signal, signal instanceof EventTarget);
signal.addEventListener('abort', (event) => {
  console.log('listener', event.type, event.isTrusted, event.cancelable, event.bubbles,
              event.eventPhase, event.target === signal, event instanceof Event, event.constructor.name);
});
signal.onabort = (event) => console.log('onabort', event.type, typeof signal.onabort);
controller.abort();
controller.abort('second');
console.log(signal.aborted, signal.reason instanceof DOMException, signal.reason.name,
            signal.reason.message, signal.reason.code);
show('throwIfAborted', () => signal.throwIfAborted());
const reasons = [undefined, null, 0, 'text', {custom: true}, new Error('boom')];
for (const reason of reasons) {
  const c = new AbortController();
  c.abort(reason);
  const r = c.signal.reason;
  console.log('reason', r instanceof DOMException ? `DOMException ${r.name}` :
    r instanceof Error ? `Error ${r.message}` : r);
}
const aborted = AbortSignal.abort();
console.log('AbortSignal.abort()', aborted.aborted, aborted.reason.name, aborted.reason.message);
console.log('AbortSignal.abort(r)', AbortSignal.abort('r').reason, AbortSignal.abort(undefined).reason.name);
show('new AbortSignal()', () => new AbortSignal());
show('timeout()', () => AbortSignal.timeout());
show('timeout(-1)', () => AbortSignal.timeout(-1));
show('timeout(1.5)', () => AbortSignal.timeout(1.5));
show('timeout(2**32)', () => AbortSignal.timeout(2 ** 32));
show('timeout("1")', () => AbortSignal.timeout('1'));
show('any()', () => AbortSignal.any());
show('any({})', () => AbortSignal.any({}));
show('any([1])', () => AbortSignal.any([1]));
show('any([null])', () => AbortSignal.any([null]));
show('aborted on object', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}));
show('throwIfAborted on object', () => AbortSignal.prototype.throwIfAborted.call({}));
show('onabort on object', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort').get.call({}));

const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
const nested = AbortSignal.any([any]);
any.addEventListener('abort', () => console.log('any aborted with', any.reason));
nested.addEventListener('abort', () => console.log('nested aborted with', nested.reason));
console.log('any before', any.aborted, nested.aborted);
b.abort('from b');
a.abort('from a');
console.log('any after', any.aborted, any.reason, nested.reason);
const preAborted = AbortSignal.any([new AbortController().signal, AbortSignal.abort('early')]);
console.log('pre-aborted', preAborted.aborted, preAborted.reason);
console.log('empty any', AbortSignal.any([]).aborted);

const timeout = AbortSignal.timeout(10);
timeout.addEventListener('abort', () => {
  console.log('timeout', timeout.aborted, timeout.reason.name, timeout.reason.message, timeout.reason.code);
});
const combined = AbortSignal.any([timeout, new AbortController().signal]);
combined.onabort = () => console.log('combined', combined.reason.name);
// The timeout's own timer does not keep the process alive; this one does.
setTimeout(() => console.log('timer after the timeout'), 50);

console.log(controller, signal, [[[signal]]], [[[controller]]]);
console.log(String(controller), String(signal));
const describe = (object, key) => {
  const d = Object.getOwnPropertyDescriptor(object, key);
  return `${String(key)}:${d.get ? 'get' : 'value'}${d.set ? '/set' : ''}:${d.enumerable}:${d.configurable}`;
};
console.log(['aborted', 'reason', 'throwIfAborted', 'onabort'].map((k) => describe(AbortSignal.prototype, k)).join(' '));
console.log(['abort', 'timeout', 'any'].map((k) => describe(AbortSignal, k)).join(' '));
console.log(['signal', 'abort'].map((k) => describe(AbortController.prototype, k)).join(' '));
console.log(describe(AbortSignal.prototype, Symbol.toStringTag), describe(AbortController.prototype, Symbol.toStringTag));
console.log(AbortSignal.length, AbortController.length, AbortSignal.timeout.length, AbortSignal.any.length);
