const assert = require('assert');
const pairs = [
  [{a: [1, 2]}, {a: [1, 2]}],
  [new Map([[1, {x: 1}]]), new Map([[1, {x: 1}]])],
  [new Map([[1, 2]]), new Map([[1, 3]])],
  [new Set([1, 2]), new Set([2, 1])],
  [new Set([{a: 1}]), new Set([{a: 1}])],
  [new Set([1]), new Set(['1'])],
  [[1, 2], [1, '2']],
  [new Date(0), new Date(0)],
  [new Date(0), new Date(1)],
  [/a/g, /a/g],
  [new Uint8Array([1, 2]), new Uint8Array([1, 2])],
  [new Uint8Array([1, 2]), new Int8Array([1, 2])],
  [Buffer.from('ab'), Buffer.from('ab')],
  [new Error('x'), new Error('x')],
  [new Error('x'), new TypeError('x')],
  [Object(1), Object(1)],
  [Object(1), 1],
  [{[Symbol.for('s')]: 1}, {}],
  [Object.create(null), {}],
  [[, 1], [undefined, 1]],
  [0, -0],
  [NaN, NaN],
  [{a: undefined}, {}],
  [null, undefined],
];
for (const [a, b] of pairs) {
  const strict = (() => { try { assert.deepStrictEqual(a, b); return true; } catch { return false; } })();
  const loose = (() => { try { assert.deepEqual(a, b); return true; } catch { return false; } })();
  console.log(strict, loose);
}
