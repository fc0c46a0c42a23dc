// nextTick before promise jobs; ticks queued by promise jobs run after the
// microtask queue drains; queueMicrotask is a promise-job peer.
console.log('main start');
process.nextTick(() => console.log('tick 1'));
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('tick from promise'));
  Promise.resolve().then(() => console.log('promise from promise'));
});
queueMicrotask(() => console.log('microtask 1'));
process.nextTick(() => {
  console.log('tick 2');
  process.nextTick(() => console.log('tick from tick'));
  Promise.resolve().then(() => console.log('promise from tick'));
});
process.nextTick((a, b) => console.log('tick args', a, b), 'x', 'y');
console.log('main end');
