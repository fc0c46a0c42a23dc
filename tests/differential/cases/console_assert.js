// expect-stderr: Assertion failed: goes to stderr
// console.assert prints through console.warn, so a replaced warn receives
// the message.
console.assert(false, 'goes to stderr');
const warn = console.warn;
console.warn = (...args) => {
  console.log('[warn]');
  console.log(...args);
};
console.assert(true, 'not printed');
console.assert(false);
console.assert(0, 'zero %s', 'formatted', 'extra');
console.assert(null, { object: 'first' });
console.assert('', 'several', 'arguments', 3);
console.assert(undefined, 'percent %d%%', 50);
console.warn = warn;
console.log('done');
