// crypto.getRandomValues and crypto.randomUUID: what can be compared between
// runs (types, lengths, formats, errors), never the random bytes themselves.
function attempt(label, body) {
  try {
    console.log(`${label}: ${body()}`);
  } catch (e) {
    console.log(`${label}: ${e.name} code=${e.code} ${JSON.stringify(e.message)} ${e.constructor.name} instanceof Error=${e instanceof Error}`);
  }
}

for (const Type of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, BigInt64Array, BigUint64Array]) {
  attempt(Type.name, () => {
    const array = new Type(64);
    const result = crypto.getRandomValues(array);
    const nonZero = Array.from(array).filter((v) => v !== 0 && v !== 0n).length;
    return `${result === array} ${result.constructor.name} ${result.length} mostly non-zero=${nonZero > 32}`;
  });
}
attempt('subclass', () => crypto.getRandomValues(new (class Bytes extends Uint8Array {})(4)).constructor.name);
attempt('in place, inside a subarray only', () => {
  const whole = new Uint8Array(64);
  crypto.getRandomValues(whole.subarray(16, 48));
  return `${whole.subarray(0, 16).every((b) => b === 0)} ${whole.subarray(48).every((b) => b === 0)} ` +
      `${whole.subarray(16, 48).some((b) => b !== 0)}`;
});
attempt('two calls differ', () => {
  const a = crypto.getRandomValues(new Uint8Array(32)).join();
  const b = crypto.getRandomValues(new Uint8Array(32)).join();
  return a !== b;
});
attempt('65536 bytes', () => crypto.getRandomValues(new Uint8Array(65536)).length);
attempt('16384 Uint32', () => crypto.getRandomValues(new Uint32Array(16384)).length);
attempt('65537 bytes', () => crypto.getRandomValues(new Uint8Array(65537)));
attempt('16385 Uint32', () => crypto.getRandomValues(new Uint32Array(16385)));
attempt('8193 BigInt64', () => crypto.getRandomValues(new BigInt64Array(8193)));
attempt('empty', () => crypto.getRandomValues(new Uint8Array(0)).length);
attempt('over a SharedArrayBuffer', () => crypto.getRandomValues(new Uint8Array(new SharedArrayBuffer(8))).length);
const detached = new Uint8Array(8);
structuredClone(detached.buffer, {transfer: [detached.buffer]});
attempt('detached', () => crypto.getRandomValues(detached).length);
for (const [label, value] of [['Float32Array', new Float32Array(2)], ['Float64Array', new Float64Array(2)],
  ['DataView', new DataView(new ArrayBuffer(2))], ['ArrayBuffer', new ArrayBuffer(2)], ['array', [1, 2]],
  ['null', null], ['undefined', undefined], ['number', 3], ['string', 'ab'],
  ['typed array look-alike', Object.create(Uint8Array.prototype)], ['oversized Float64Array', new Float64Array(9000)]]) {
  attempt(`rejects ${label}`, () => crypto.getRandomValues(value));
}
attempt('no argument', () => crypto.getRandomValues());
attempt('extra arguments', () => crypto.getRandomValues(new Uint8Array(2), 'x').length);
const {getRandomValues, randomUUID} = crypto;
attempt('getRandomValues unbound', () => getRandomValues(new Uint8Array(2)));
attempt('getRandomValues on another object', () => getRandomValues.call({}, new Uint8Array(2)));
attempt('getRandomValues on the prototype', () => Crypto.prototype.getRandomValues(new Uint8Array(2)));
attempt('randomUUID unbound', () => randomUUID());

const pattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const uuids = Array.from({length: 2000}, () => crypto.randomUUID());
console.log('uuid type and length', typeof uuids[0], uuids[0].length);
console.log('all v4 lowercase with the RFC 4122 variant', uuids.every((u) => pattern.test(u)));
console.log('all distinct', new Set(uuids).size === uuids.length);
const variants = new Set(uuids.map((u) => u[19]));
console.log('variant nibbles seen', [...variants].sort().join(''));
attempt('randomUUID ignores arguments', () => pattern.test(crypto.randomUUID({disableEntropyCache: true})));
