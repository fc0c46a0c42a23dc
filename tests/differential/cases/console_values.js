// console.log of values of every kind, formatted as Node's util.inspect.
const custom = Symbol.for('nodejs.util.inspect.custom');

console.log('string at top level', "it's", 1, -0, 1.5e300, NaN, -Infinity, 10n, -0n);
console.log(undefined, null, true, false, Symbol('sym'), Symbol(), Symbol.iterator);
console.log(['quoted', "it's", 'say "hi" it\'s', 'a`b"c\'d', 'tab\tnew\nline', '\x00\x7f\u0085']);
console.log({ s: '😀 emoji', accents: 'é è ü', lone: 'a\ud800b' });

// Arrays: holes, extra keys, long arrays, grouping into columns.
console.log([], [1, 2, 3], [1, , 3], new Array(4), [, , 1, , ,]);
console.log(Object.assign([1, 2], { extra: 'x', 'needs-quotes': true }));
console.log(Array.from({ length: 120 }, (_, i) => i));
console.log(Array.from({ length: 30 }, (_, i) => i * 1000));
console.log(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i)));
console.log(['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']);
console.log([-1, 22, -333, 4444, 5, 66, 7777777, 8, 9, 10n, 11n]);
console.log(Array.from({ length: 8 }, (_, i) => `a somewhat longer string number ${i}`));
console.log([[1, [2, [3, [4, [5]]]]], { deep: { er: { est: { gone: 1 } } } }]);

// Objects: nesting, quoting, symbols, accessors, prototypes.
console.log({ a: 1, b: { c: { d: { e: 'hidden at depth 3' } } }, f: [1, [2, [3, [4]]]] });
console.log({ 'a-b': 1, 'c d': 2, '1a': 3, 0: 4, $x: 5, _y: 6, "it's": 7, ['__proto__']: 8 });
console.log({ [Symbol('key')]: 1, [Symbol.toPrimitive]: 2, plain: 3 });
console.log({ get g() { return 1; }, set s(v) {}, get gs() { return 2; }, set gs(v) {} });
console.log(Object.create(null), Object.assign(Object.create(null), { x: 1 }));
console.log(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`key${i}`, `value${i}`])));
console.log({ text: 'first line\nsecond line\nthird line of a string long enough to be split' });
console.log({ long: 'x'.repeat(100) });

class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
class Point3 extends Point {}
class Empty {}
class Tagged {
  get [Symbol.toStringTag]() { return 'Custom'; }
}
console.log(new Point(1, 2), new Point3(3, 4), new Empty(), new Tagged());
console.log(Point, Point3, class {}, function named() {}, () => {}, async function af() {},
            function* gen() {}, async function* agen() {}, Math.max);
console.log(Object.assign(function withProps() {}, { a: 1 }));

// Cycles.
const cyclic = { name: 'root', list: [] };
cyclic.self = cyclic;
cyclic.list.push(cyclic, { back: cyclic.list });
console.log(cyclic);

// Collections and binary data.
console.log(new Map([[1, 'one'], ['two', { n: 2 }], [{ k: 1 }, [3]]]), new Map());
console.log(new Set([1, 'two', [3]]), new Set(), new WeakMap(), new WeakSet());
console.log(new Uint8Array([1, 2, 3]), new Float64Array([0.5, -0]), new BigInt64Array(2));
console.log(new Uint8Array(150));
console.log(new Uint8Array([0, 15, 16, 255]).buffer, new ArrayBuffer(0));
console.log(new DataView(new ArrayBuffer(3), 1));

// Dates, regular expressions, boxed primitives, promises.
console.log(new Date(0), new Date(NaN), /ab+c/gi, new RegExp('a/b'));
console.log(new Number(3), new String('str'), new Boolean(false), Object(7n), Object(Symbol('b')));
console.log(new Promise(() => {}), Object.assign(new Promise(() => {}), { note: 1 }));

// Errors without stack frames look the same everywhere.
function frameless(error) {
  error.stack = `${error.name}: ${error.message}`;
  return error;
}
console.log(frameless(new Error('plain')), frameless(new TypeError('typed')));
console.log(Object.assign(frameless(new RangeError('with props')), { code: 'E_X', n: 1 }));
console.log({ nested: frameless(new Error('inside an object')) });

// Custom inspection and Symbol.toStringTag.
console.log({ [custom]() { return 'custom text'; } });
console.log({ outer: { [custom](depth, options) { return `depth=${depth} ${typeof options.stylize}`; } } });
console.log({ [Symbol.toStringTag]: 'OwnTag', v: 1 }, Object.defineProperty({}, Symbol.toStringTag, { value: 'Hidden' }));
console.log(Math, JSON, (function() { return arguments; })(1, 2));
