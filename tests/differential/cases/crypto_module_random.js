// node:crypto's random functions: what can be compared between runs
// (types, lengths, ranges, which bytes were written, errors), never the
// random values themselves.
const crypto = require('crypto');

function describe(value) {
  if (Buffer.isBuffer(value)) return `Buffer(${value.length})`;
  if (value instanceof ArrayBuffer) return `ArrayBuffer(${value.byteLength})`;
  if (ArrayBuffer.isView(value)) return `${value.constructor.name}(${value.byteLength} bytes)`;
  return `${typeof value} ${value}`;
}

function attempt(label, body) {
  try {
    console.log(`${label}: ${describe(body())}`);
  } catch (e) {
    console.log(`${label}: ${e.name} code=${e.code} ${JSON.stringify(e.message)}`);
  }
}

// randomBytes, synchronously.
for (const size of [0, 1, 16, 1.5, 65537]) attempt(`randomBytes(${size})`, () => crypto.randomBytes(size));
for (const size of [undefined, '1', -1, NaN, 2 ** 31, Infinity, null, 1n]) {
  attempt(`randomBytes(${String(size)})`, () => crypto.randomBytes(size));
}
attempt('randomBytes bad callback', () => crypto.randomBytes(1, 'nope'));
attempt('randomBytes differ', () => crypto.randomBytes(32).equals(crypto.randomBytes(32)));
attempt('randomBytes mostly non-zero', () => crypto.randomBytes(64).filter((b) => b !== 0).length > 32);

// randomFillSync: offsets and sizes count elements; only that range is
// written. A random byte can be zero, so each fill is repeated and a byte
// counts as written ('x') if any round left it non-zero.
function bytesOf(view) {
  return new Uint8Array(view.buffer ?? view, view.byteOffset ?? 0, view.byteLength);
}
function written(target, fill) {
  const seen = new Uint8Array(target.byteLength);
  for (let round = 0; round < 8; round++) {
    bytesOf(target).fill(0);
    fill();
    bytesOf(target).forEach((byte, i) => { seen[i] |= byte; });
  }
  return Array.from(seen, (b) => (b === 0 ? '0' : 'x')).join('');
}
function fresh(Type, length) {
  return Type === ArrayBuffer ? new ArrayBuffer(length) : new Type(length);
}
const fills = [
  [Uint8Array, 64, []],
  [Uint8Array, 64, [8]],
  [Uint8Array, 64, [8, 16]],
  [Uint8Array, 64, [undefined, 4]],
  [Uint8Array, 64, [64]],
  [Uint8Array, 64, [1.5, 2]],
  [Uint32Array, 16, [2, 4]],
  [Float64Array, 8, [1, 2]],
  [ArrayBuffer, 64, [60]],
  [DataView, 0, []],
];
for (const [Type, length, args] of fills) {
  attempt(`randomFillSync ${Type.name}(${length}) ${JSON.stringify(args)}`, () => {
    const target = Type === DataView ? new DataView(new ArrayBuffer(64), 16, 32) : fresh(Type, length);
    let same = true;
    const pattern = written(target, () => {
      same = same && crypto.randomFillSync(target, ...args) === target;
    });
    return `${pattern} same=${same}`;
  });
}
attempt('randomFillSync on a subarray stays inside it', () => {
  const whole = new Uint8Array(32);
  return written(whole, () => crypto.randomFillSync(whole.subarray(8, 24), 4, 4));
});
const badFills = [
  [], [5], ['abc'], [{}], [new Uint8Array(4), -1], [new Uint8Array(4), 5], [new Uint8Array(4), '1'],
  [new Uint8Array(4), NaN], [new Uint8Array(4), 1, 4], [new Uint8Array(4), 1, -1],
  [new Uint8Array(4), 1, '1'], [new Uint32Array(4), 5], [new Uint32Array(4), 1, 4],
  [new Uint8Array(4), null],
];
for (const args of badFills) {
  attempt(`randomFillSync(${args.map((a) => describe(a)).join(', ')})`,
      () => crypto.randomFillSync(...args));
}

// randomInt, synchronously: in range, and Node's checks.
attempt('randomInt(10) in range', () => {
  const seen = new Set();
  for (let i = 0; i < 2000; i++) seen.add(crypto.randomInt(10));
  return [...seen].sort((a, b) => a - b).join();
});
attempt('randomInt(-3, 3) in range', () => {
  const seen = new Set();
  for (let i = 0; i < 2000; i++) seen.add(crypto.randomInt(-3, 3));
  return [...seen].sort((a, b) => a - b).join();
});
attempt('randomInt(5, 6)', () => crypto.randomInt(5, 6));
attempt('randomInt widest range', () => {
  const value = crypto.randomInt(-(2 ** 47), 2 ** 48 - 1 - 2 ** 47);
  return Number.isSafeInteger(value) && value >= -(2 ** 47) && value < 2 ** 48 - 1 - 2 ** 47;
});
attempt('randomInt near the safe limit', () => {
  const value = crypto.randomInt(Number.MAX_SAFE_INTEGER - 5, Number.MAX_SAFE_INTEGER);
  return value >= Number.MAX_SAFE_INTEGER - 5 && value < Number.MAX_SAFE_INTEGER;
});
const badInts = [[], [1.5], [0], [-1], [5, 5], [5, 3], [0, 2 ** 48], [-(2 ** 48), 2 ** 48],
  ['1', 3], [1, '3'], [2 ** 53, 2 ** 53 + 2], [1, 3, 5], [1, 3, null], [1.5, 3, null], [1n, 3],
  [NaN], [Infinity], [-Infinity, 0], [1, 3, {}]];
for (const args of badInts) {
  attempt(`randomInt(${args.map(String).join(', ')})`, () => crypto.randomInt(...args));
}

// randomUUID and getRandomValues.
const pattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
attempt('randomUUID', () => pattern.test(crypto.randomUUID()));
attempt('randomUUID distinct', () => crypto.randomUUID() !== crypto.randomUUID());
attempt('randomUUID unbound', () => pattern.test(crypto.randomUUID.call(undefined)));
attempt('randomUUID options', () => pattern.test(crypto.randomUUID({disableEntropyCache: true})));
for (const options of [5, null, 'x', {disableEntropyCache: 1}, {disableEntropyCache: null}]) {
  attempt(`randomUUID(${JSON.stringify(options)})`, () => crypto.randomUUID(options));
}
attempt('getRandomValues', () => crypto.getRandomValues(new Uint16Array(8)));
attempt('getRandomValues unbound', () => crypto.getRandomValues.call(null, new Int32Array(2)));
attempt('getRandomValues Float32Array', () => crypto.getRandomValues(new Float32Array(2)));
attempt('getRandomValues too big', () => crypto.getRandomValues(new Uint8Array(65537)));
attempt('getRandomValues nothing', () => crypto.getRandomValues());

// Callbacks: checked at once, called later. Results are printed together
// at the end, in a fixed order, because Node's thread pool finishes them in
// no particular order.
const results = [];
let pending = 0;
function expect(label) {
  pending++;
  let sync = true;
  process.nextTick(() => { sync = false; });
  return (error, value, extra = '') => {
    const shown = typeof value === 'number' ? 'a number' : describe(value);
    results.push(`${label}: error=${error} ${shown} later=${!sync}${extra}`);
    if (--pending === 0) for (const line of results.sort()) console.log(line);
  };
}
crypto.randomBytes(8, expect('randomBytes(8, cb)'));
crypto.randomBytes(0, expect('randomBytes(0, cb)'));
const target = new Uint8Array(16);
const onFill = expect('randomFill(u8, 4, 8, cb)');
crypto.randomFill(target, 4, 8, (error, value) => onFill(error, value,
    ` same=${value === target} outside untouched=${target.subarray(0, 4).every((b) => b === 0) &&
      target.subarray(12).every((b) => b === 0)}`));
const buffer = new ArrayBuffer(8);
const onFillBuffer = expect('randomFill(ab, cb)');
crypto.randomFill(buffer, (error, value) => onFillBuffer(error, value, ` same=${value === buffer}`));
const onFillOffset = expect('randomFill(u32, 2, cb)');
const words = new Uint32Array(4);
crypto.randomFill(words, 2, (error, value) => onFillOffset(error, value,
    ` first two untouched=${words[0] === 0 && words[1] === 0}`));
const onInt = expect('randomInt(3, 7, cb)');
crypto.randomInt(3, 7, (error, value) => onInt(error, value, ` inRange=${value >= 3 && value < 7}`));
const onIntMax = expect('randomInt(2, cb)');
crypto.randomInt(2, (error, value) => onIntMax(error, value, ` inRange=${value === 0 || value === 1}`));
attempt('randomFill without callback', () => crypto.randomFill(new Uint8Array(4)));
attempt('randomFill(u8, 1) without callback', () => crypto.randomFill(new Uint8Array(4), 1));
attempt('randomFill bad buffer', () => crypto.randomFill(5, () => {}));
attempt('randomFill bad offset', () => crypto.randomFill(new Uint8Array(4), 5, () => {}));
attempt('randomFill bad size', () => crypto.randomFill(new Uint8Array(4), 1, 5, () => {}));
// Nothing to draw: Node calls back before returning.
let returned = false;
crypto.randomBytes(0, () => console.log('randomBytes(0) called back before returning', !returned));
crypto.randomFill(new Uint8Array(4), 4, () => console.log('randomFill of nothing called back before returning', !returned));
returned = true;
