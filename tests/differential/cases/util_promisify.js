const util = require('util');
// Immediates, not short timers: their order is fixed by creation, where a
// 1 ms timer races them on a loaded machine.
function addLater(a, b, callback) { setImmediate(() => callback(null, a + b)); }
function failLater(callback) { setImmediate(() => callback(new Error('nope'))); }
const add = util.promisify(addLater);
add(2, 3).then((sum) => console.log('sum', sum));
util.promisify(failLater)().catch((error) => console.log('rejected', error.message));
function custom() {}
custom[util.promisify.custom] = () => Promise.resolve('custom!');
console.log(util.promisify(custom) === custom[util.promisify.custom]);
util.promisify(custom)().then((value) => console.log(value));
util.promisify(setTimeout)(50, 'late').then((value) => console.log('timeout', value));
util.promisify(setImmediate)('now').then((value) => console.log('immediate', value));
try { util.promisify(42); } catch (error) { console.log(error.code, error.message); }
const cb = util.callbackify(async (x) => x * 2);
cb(21, (error, value) => console.log('callbackified', error, value));
util.callbackify(() => Promise.reject(null))((error) => console.log(error.code, error.message, error.reason));
util.callbackify(async () => { throw new Error('bad'); })((error) => console.log('error', error.message));
console.log(cb.name, cb.length);
const old = util.deprecate(() => 'result', 'old() is deprecated', 'DEP_THAW_1');
const old2 = util.deprecate(() => 'result2', 'old() is deprecated', 'DEP_THAW_1');
process.on('warning', (warning) => console.log('warning', warning.name, warning.code, warning.message));
console.log(old(), old(), old2());
const debug = util.debuglog('thawtest');
debug('not shown %d', 1);
console.log('debug enabled', debug.enabled);
