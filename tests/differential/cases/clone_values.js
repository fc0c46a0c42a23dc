// structuredClone of every kind of value V8's serializer knows, printed by a
// describer of our own (not util.inspect) so only the clone is compared.
function show(value, seen = new Map()) {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'undefined': return 'undefined';
    case 'number': return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint': return `${value}n`;
    case 'string': return JSON.stringify(value);
    case 'boolean': return String(value);
    case 'symbol': case 'function': return `<${typeof value}>`;
  }
  if (seen.has(value)) return `<ref ${seen.get(value)}>`;
  seen.set(value, seen.size);
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  const proto = Object.getPrototypeOf(value);
  const protoName = proto === null ? 'null' : proto.constructor.name;
  let body = '';
  if (value instanceof Date) body = String(value.getTime());
  else if (value instanceof RegExp) body = `/${value.source}/${value.flags} lastIndex=${value.lastIndex}`;
  else if (value instanceof Map) body = [...value].map(([k, v]) => `${show(k, seen)} => ${show(v, seen)}`).join(', ');
  else if (value instanceof Set) body = [...value].map((v) => show(v, seen)).join(', ');
  else if (value instanceof ArrayBuffer || tag === 'SharedArrayBuffer') body = `${value.byteLength}: ${[...new Uint8Array(value)]}`;
  else if (ArrayBuffer.isView(value)) {
    body = `offset=${value.byteOffset} bytes=${value.byteLength} buffer=${show(value.buffer, seen)}`;
    if (!(value instanceof DataView)) body += ` [${[...value].map((v) => show(v))}]`;
  } else if (['Number', 'String', 'Boolean', 'BigInt'].includes(tag)) body = show(value.valueOf());
  const keys = Object.getOwnPropertyNames(value).filter((k) => !(ArrayBuffer.isView(value) && /^\d+$/.test(k)) && !(tag === 'String' && (/^\d+$/.test(k) || k === 'length')));
  const props = keys.map((k) => {
    const d = Object.getOwnPropertyDescriptor(value, k);
    const flags = (d.enumerable ? 'e' : '') + (d.writable ? 'w' : '') + (d.configurable ? 'c' : '');
    return `${k}(${flags})=${'value' in d ? show(d.value, seen) : '<accessor>'}`;
  });
  const symbols = Object.getOwnPropertySymbols(value).length;
  return `${tag}<${protoName}>{${body}${body && props.length ? ' | ' : ''}${props.join(', ')}${symbols ? ` +${symbols} symbols` : ''}}`;
}

function check(label, value) {
  let text;
  try {
    const copy = structuredClone(value);
    text = show(copy);
    if (copy !== null && typeof copy === 'object') text += copy === value ? ' SAME' : ' copy';
  } catch (error) {
    text = `threw ${error.name}: ${error.message}`;
  }
  console.log(`${label}: ${text}`);
}

check('undefined', undefined);
check('null', null);
check('booleans', [true, false]);
check('numbers', [0, -0, 1.5, -(2 ** 31), 2 ** 31, 2 ** 53 + 2, NaN, Infinity, -Infinity, 1e-320]);
check('bigints', [0n, -1n, 2n ** 64n, -(2n ** 200n) + 7n]);
check('strings', ['', 'ascii', 'latin1 é ÿ', 'two-byte € 😀', 'lone \ud800 surrogate', 'nul\0inside']);
check('long string', 'x'.repeat(100000).length);
check('object', {a: 1, b: 'two', nested: {deep: [1, {x: null}]}, 'key with space': true, 7: 'index'});
check('array', [1, 'a', [2, [3]], {}]);
check('holey array', [1, , 3, , ]);
check('array with props', Object.assign([1, 2], {extra: 'x'}));
check('long sparse array', (() => { const a = []; a[1000] = 1; a.p = 2; return a; })());
check('null prototype', Object.assign(Object.create(null), {a: 1}));
class Point { constructor() { this.x = 1; this.y = 2; } get sum() { return 3; } }
check('class instance', new Point());
check('non-enumerable and symbol keys', Object.defineProperties({visible: 1, [Symbol('s')]: 2}, {hidden: {value: 3, enumerable: false}}));
check('getters run', {get computed() { return 'got'; }, plain: 1});
check('undefined values', {a: undefined, b: [undefined]});
check('date', new Date(1700000000123));
check('invalid date', new Date(NaN));
check('date with props', Object.assign(new Date(0), {p: 1}));
const re = /a+(b)?/gimsuy;
re.lastIndex = 4;
check('regexp', re);
check('regexp d flag', /x/d);
check('regexp source escapes', new RegExp('a/b\\n[/]', 'g'));
check('map', new Map([[1, 'one'], ['k', {v: [1]}], [{objKey: true}, new Set([1])], [NaN, -0]]));
check('set', new Set([1, 'a', {b: 2}, [3], 1n, -0]));
check('map subclass', new (class MyMap extends Map {})([[1, 2]]));
check('boxed number', new Number(-0));
check('boxed string', new String('boxed é'));
check('boxed boolean', [new Boolean(true), new Boolean(false)]);
check('boxed bigint', Object(123n));
check('arraybuffer', new Uint8Array([1, 2, 3, 250]).buffer);
check('empty arraybuffer', new ArrayBuffer(0));
for (const Type of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
  Int32Array, Uint32Array, Float32Array, Float64Array]) {
  check(Type.name, new Type([1, -2, 300, 1.5]));
}
check('BigInt64Array', new BigInt64Array([1n, -(2n ** 63n)]));
check('BigUint64Array', new BigUint64Array([1n, 2n ** 64n - 1n]));
check('subarray keeps whole buffer', new Uint16Array([1, 2, 3, 4, 5]).subarray(1, 3));
check('dataview', new DataView(new Uint8Array([9, 8, 7, 6]).buffer, 1, 2));
check('typed array with props', Object.assign(new Uint8Array(2), {p: 'q'}));
check('shared buffer', new SharedArrayBuffer(3));
check('Math', Math);
check('JSON', JSON);
check('arguments', (function () { return arguments; })(1, 2));
check('frozen', Object.freeze({a: 1, b: [1]}));
check('accessor-only', Object.defineProperty({}, 'x', {get() { return 5; }, enumerable: true}));
