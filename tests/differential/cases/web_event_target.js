// EventTarget: listener order, once, duplicates, capture removal, passive,
// signal, handleEvent objects, preventDefault/cancelable, return values,
// event properties outside dispatch.
const target = new EventTarget();
const log = [];
function first(event) {
  log.push(['first', this === target, event.target === target, event.currentTarget === target,
    event.eventPhase, event.composedPath().length, event.type]);
}
target.addEventListener('x', first);
target.addEventListener('x', () => log.push('arrow'));
target.addEventListener('x', {handleEvent(event) { log.push(['object', this !== target, event.type]); }});
target.addEventListener('x', first);  // duplicate: ignored
const event = new Event('x');
console.log('before dispatch', event.eventPhase, event.target, event.currentTarget, event.composedPath(),
            event.defaultPrevented, event.cancelable, event.bubbles, event.composed, event.isTrusted,
            event.returnValue, event.cancelBubble, event.srcElement, typeof event.timeStamp);
console.log('dispatch', target.dispatchEvent(event));
console.log(JSON.stringify(log));
console.log('after dispatch', event.eventPhase, event.target === target, event.currentTarget, event.composedPath());

let count = 0;
const counter = () => count++;
target.addEventListener('once', counter, {once: true});
target.dispatchEvent(new Event('once'));
target.dispatchEvent(new Event('once'));
console.log('once', count);

count = 0;
target.addEventListener('cap', counter, {capture: true});
target.addEventListener('cap', counter);
target.dispatchEvent(new Event('cap'));
target.removeEventListener('cap', counter);
target.dispatchEvent(new Event('cap'));
target.removeEventListener('cap', counter, {capture: true});
target.dispatchEvent(new Event('cap'));
console.log('capture', count);

const controller = new AbortController();
count = 0;
target.addEventListener('sig', counter, {signal: controller.signal});
target.dispatchEvent(new Event('sig'));
controller.abort();
target.dispatchEvent(new Event('sig'));
target.addEventListener('sig', counter, {signal: controller.signal});
target.dispatchEvent(new Event('sig'));
console.log('signal', count);

const cancel = new EventTarget();
cancel.addEventListener('c', (e) => e.preventDefault());
const notCancelable = new Event('c');
const cancelable = new Event('c', {cancelable: true});
console.log('cancel', cancel.dispatchEvent(notCancelable), notCancelable.defaultPrevented,
            cancel.dispatchEvent(cancelable), cancelable.defaultPrevented, cancelable.returnValue);

const stop = new EventTarget();
const order = [];
stop.addEventListener('s', (e) => { order.push(1); e.stopImmediatePropagation(); });
stop.addEventListener('s', () => order.push(2));
stop.dispatchEvent(new Event('s'));
console.log('stopImmediatePropagation', order);

const removing = new EventTarget();
const seen = [];
const b = () => seen.push('b');
removing.addEventListener('r', () => { seen.push('a'); removing.removeEventListener('r', b); });
removing.addEventListener('r', b);
removing.dispatchEvent(new Event('r'));
console.log('removed during dispatch', seen);

const custom = new CustomEvent('custom', {detail: {n: 1}, cancelable: true, bubbles: true});
console.log('custom', custom.detail, custom.cancelable, custom.bubbles, custom instanceof Event,
            new CustomEvent('c').detail, new CustomEvent('c', {detail: undefined}).detail,
            new CustomEvent('c', {detail: 0}).detail);
const init = new Event('a');
init.initEvent('b', true, true);
console.log('initEvent', init.type, init.bubbles, init.cancelable);
console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE);
console.log(String(new Event('x')), String(target), String(custom));
console.log(target, [[[target]]], new (class Mine extends EventTarget {})());
console.log(Object.getOwnPropertyNames(EventTarget.prototype), Object.getOwnPropertyNames(CustomEvent.prototype));
console.log(EventTarget[Symbol.for('nodejs.event_target')]);
