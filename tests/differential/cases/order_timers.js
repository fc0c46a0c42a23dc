// Timers due at the same time run in creation order; a 0 ms timer is a
// 1 ms timer; ticks and microtasks run between two timer callbacks.
const log = (s) => console.log(s);
setTimeout(() => log('t1 (1ms)'), 1);
setTimeout(() => {
  log('t2 (0ms)');
  process.nextTick(() => log('tick inside t2'));
  Promise.resolve().then(() => log('promise inside t2'));
}, 0);
setTimeout(() => log('t3 (undefined delay)'));
setTimeout(() => log('t4 (-5 delay)'), -5);
setTimeout(() => log('t5 (NaN delay)'), NaN);
setTimeout((a, b) => log(`t6 args ${a} ${b}`), 1, 'a', 'b');
setTimeout(() => log('t7 (30ms)'), 30);
setTimeout(() => log('t8 (20ms)'), 20);
const cancelled = setTimeout(() => log('never'), 5);
clearTimeout(cancelled);
const byNumber = setTimeout(() => log('never either'), 5);
clearTimeout(+byNumber);
