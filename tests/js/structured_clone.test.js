// structuredClone: what the differential cases cannot show (shared memory,
// WebAssembly modules, the DOMException class), plus the basics again.

function expectDataCloneError(body, message) {
  const error = assertThrows(body);
  assertEqual(error.name, 'DataCloneError');
  assertEqual(error.code, 25);
  assertEqual(error.message, message);
  assert(error instanceof Error, 'a DataCloneError is an Error by its prototype chain');
  assert(error instanceof DOMException, 'a DataCloneError is a DOMException');
  return error;
}

test('plain data round-trips and is a copy', () => {
  const value = {a: [1, 'two', {three: 3n}], d: new Date(7), m: new Map([[1, new Set([2])]])};
  const copy = structuredClone(value);
  assert(copy !== value && copy.a !== value.a && copy.m !== value.m);
  assertEqual(copy.a[2].three, 3n);
  assertEqual(copy.d.getTime(), 7);
  assert(copy.m.get(1).has(2));
});

test('cycles and shared references survive', () => {
  const shared = {};
  const root = {x: shared, y: shared};
  root.root = root;
  const copy = structuredClone(root);
  assertEqual(copy.root, copy);
  assertEqual(copy.x, copy.y);
  assert(copy.x !== shared);
});

test('regexp: source and flags, lastIndex reset', () => {
  const re = /a.b/gsu;
  re.lastIndex = 2;
  const copy = structuredClone(re);
  assertEqual(copy.source, 'a.b');
  assertEqual(copy.flags, 'gsu');
  assertEqual(copy.lastIndex, 0);
});

test('SharedArrayBuffer: a new object over the same memory', () => {
  const sab = new SharedArrayBuffer(8);
  const copy = structuredClone({a: sab, b: sab, view: new Int32Array(sab, 4, 1)});
  assert(copy.a !== sab, 'a new object');
  assertEqual(copy.a, copy.b, 'one object for one original');
  assertEqual(copy.view.buffer, copy.a);
  new Uint8Array(copy.a)[0] = 42;
  assertEqual(new Uint8Array(sab)[0], 42, 'memory is shared');
  copy.view[0] = -5;
  assertEqual(new Int32Array(sab)[1], -5);
});

test('WebAssembly.Module clones; Memory does not', () => {
  // (module (func (export "answer") (result i32) i32.const 42))
  const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 127, 3, 2, 1, 0,
    7, 10, 1, 6, 97, 110, 115, 119, 101, 114, 0, 0, 10, 6, 1, 4, 0, 65, 42, 11]);
  const module = new WebAssembly.Module(bytes);
  const copy = structuredClone(module);
  assert(copy instanceof WebAssembly.Module && copy !== module);
  assertEqual(new WebAssembly.Instance(copy).exports.answer(), 42);
  expectDataCloneError(() => structuredClone(new WebAssembly.Memory({initial: 1})),
                       '#<Memory> could not be cloned.');
});

test('transfer moves the memory and detaches the original', () => {
  const buffer = new ArrayBuffer(1 << 20);
  new Uint8Array(buffer)[12345] = 7;
  const copy = structuredClone(buffer, {transfer: [buffer]});
  assertEqual(buffer.byteLength, 0);
  assertEqual(copy.byteLength, 1 << 20);
  assertEqual(new Uint8Array(copy)[12345], 7);
  assertThrows(() => new Uint8Array(buffer), (e) => assert(e instanceof TypeError));
});

test('a failed clone leaves transferred buffers attached', () => {
  const buffer = new ArrayBuffer(4);
  expectDataCloneError(() => structuredClone({buffer, s: Symbol('x')}, {transfer: [buffer]}),
                       'Symbol(x) could not be cloned.');
  assertEqual(buffer.byteLength, 4);
});

test('unclonable values throw DataCloneError with V8 descriptions', () => {
  expectDataCloneError(() => structuredClone(() => {}), '() => {} could not be cloned.');
  expectDataCloneError(() => structuredClone(Symbol('s')), 'Symbol(s) could not be cloned.');
  expectDataCloneError(() => structuredClone(new WeakMap()), '#<WeakMap> could not be cloned.');
  expectDataCloneError(() => structuredClone({p: Promise.resolve()}), '#<Promise> could not be cloned.');
});

test('duplicate transfer is a DataCloneError; bad entries a Node TypeError', () => {
  const buffer = new ArrayBuffer(1);
  expectDataCloneError(() => structuredClone(1, {transfer: [buffer, buffer]}),
                       'Transfer list contains duplicate ArrayBuffer');
  const error = assertThrows(() => structuredClone(1, {transfer: [new Uint8Array(1)]}));
  assert(error instanceof TypeError);
  assertEqual(error.code, 'ERR_INVALID_TRANSFER_OBJECT');
});

test('errors clone as their built-in type', () => {
  const copy = structuredClone(new RangeError('r', {cause: {why: 1}}));
  assert(copy instanceof RangeError);
  assertEqual(copy.message, 'r');
  assertEqual(copy.cause.why, 1);
});

test("a getter's own exception passes through unchanged", () => {
  const error = assertThrows(() => structuredClone({get x() { throw new URIError('mine'); }}));
  assert(error instanceof URIError);
});

test('structuredClone is the global, with Node 20 attributes', () => {
  const d = Object.getOwnPropertyDescriptor(globalThis, 'structuredClone');
  assertEqual(typeof d.value, 'function');
  assertDeepEqual([d.writable, d.enumerable, d.configurable], [true, true, true]);
  assertEqual(structuredClone.length, 0);
});
