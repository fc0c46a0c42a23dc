// node:v8 serialize/deserialize: the bytes after the two-byte header (its
// version byte is V8's own: 15 in Node 20, 13 in V8 10.2), round trips of
// the kinds of value a CLI passes, views as host objects (a Buffer has its
// own type), and the errors.
const v8 = require('v8');
const values = [
  'hi', 42, -0.5, 2n ** 70n, true, null, undefined, [1, , 3], {a: {b: ['c']}},
  new Date(0), /x/gi, new Map([[1, {x: 2}]]), new Set(['q']),
  Object.assign(new Error('boom'), {stack: 'Error: boom\n    at a fixed place'}),
  Buffer.from('buffer'), new Uint8Array([1, 2]), new Uint16Array([3, 4]), new Float64Array([1.5]),
  new BigInt64Array([-1n]), new Uint8Array(new ArrayBuffer(8), 3, 2),
];
for (const value of values) {
  const bytes = v8.serialize(value);
  const back = v8.deserialize(bytes);
  console.log(bytes[0], bytes.subarray(2).toString('hex'),
              Object.prototype.toString.call(back), back?.constructor?.name,
              back instanceof Error ? back.message : back);
}
const cyclic = {name: 'cyclic'};
cyclic.self = cyclic;
const back = v8.deserialize(v8.serialize(cyclic));
console.log(back.self === back, back.name);
for (const attempt of [() => v8.serialize(() => {}), () => v8.serialize(Symbol('s')),
                       () => v8.serialize({f() {}}), () => v8.deserialize(Buffer.from([1, 2, 3])),
                       () => v8.deserialize('text')]) {
  try {
    attempt();
    console.log('no error');
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
const stats = v8.getHeapStatistics();
console.log(Object.keys(stats).join(' '), stats.used_heap_size > 0, typeof v8.cachedDataVersionTag());
