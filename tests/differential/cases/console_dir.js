// console.dir: inspect with options, without custom inspection.
const custom = Symbol.for('nodejs.util.inspect.custom');
const value = { a: { b: { c: { d: { e: 1 } } } }, list: Array.from({ length: 7 }, (_, i) => i) };
console.dir(value);
console.dir(value, { depth: 0 });
console.dir(value, { depth: null });
console.dir(value, { compact: false });
console.dir(value, { breakLength: Infinity });
console.dir(value, { colors: true });
console.dir({ [custom]() { return 'not used by dir'; }, shown: true });
console.dir('a string', { colors: true });
console.dir([1, 2, 3, 4], { maxArrayLength: 2 });
console.dir('x'.repeat(20), { maxStringLength: 5 });
console.dir({ b: 2, a: 1, c: { z: 1, y: 2 } }, { sorted: true });
console.dir(Object.assign(function f() {}, { p: 1 }), { showHidden: true });
console.dir({ get g() { return { v: 1 }; } }, { getters: true });
console.dir(1234567.891, { numericSeparator: true });
console.dir();
