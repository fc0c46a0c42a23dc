// node:util through require.
const util = require('node:util');

test('types come from V8 checks', () => {
  const {types} = util;
  assertEqual(types.isPromise(Promise.resolve()), true);
  assertEqual(types.isPromise({then() {}}), false);
  assertEqual(types.isUint8Array(Buffer.alloc(1)), true);
  assertEqual(types.isDate(Object.create(Date.prototype)), false);
  assertEqual(types.isProxy(new Proxy([], {})), true);
  assertEqual(types.isAnyArrayBuffer(new SharedArrayBuffer(2)), true);
  assertEqual(types.isBoxedPrimitive(Object(Symbol('s'))), true);
  assertEqual(types.isExternal({}), false);
});

test('isDeepStrictEqual', () => {
  assertEqual(util.isDeepStrictEqual({a: [1, new Set([2])]}, {a: [1, new Set([2])]}), true);
  assertEqual(util.isDeepStrictEqual({a: 1}, {a: 1, b: undefined}), false);
  assertEqual(util.isDeepStrictEqual([1, 2], {0: 1, 1: 2, length: 2}), false);
  assertEqual(util.isDeepStrictEqual(new Map([[{}, 1]]), new Map([[{}, 2]])), false);
  assertEqual(util.isDeepStrictEqual(new Float64Array([-0]), new Float64Array([0])), false);
  const a = [1]; a.push(a);
  const b = [1]; b.push(b);
  assertEqual(util.isDeepStrictEqual(a, b), true);
});

test('promisify and callbackify round trip', async () => {
  const callbackStyle = (x, done) => setImmediate(() => done(null, x + 1));
  const promised = util.promisify(callbackStyle);
  assertEqual(await promised(1), 2);
  const back = util.callbackify(promised);
  const value = await new Promise((resolve, reject) =>
    back(5, (error, result) => (error ? reject(error) : resolve(result))));
  assertEqual(value, 6);
  assertEqual(await util.promisify(setTimeout)(1, 'v'), 'v');
});

test('parseArgs', () => {
  const {values, positionals} = util.parseArgs({
    args: ['-ab', 'x', '--c=1', 'pos'],
    options: {a: {type: 'boolean', short: 'a'}, b: {type: 'string', short: 'b'}, c: {type: 'string'}},
    allowPositionals: true,
  });
  assertEqual(values.a, true);
  assertEqual(values.b, 'x');
  assertEqual(values.c, '1');
  assertDeepEqual(positionals, ['pos']);
  assertThrows(() => util.parseArgs({args: ['--nope'], options: {}}));
});

test('debuglog reads NODE_DEBUG when first used', () => {
  process.env.NODE_DEBUG = 'thaw*';
  const debug = util.debuglog('thawcheck');
  assertEqual(debug.enabled, true);
  assertEqual(util.debuglog('other').enabled, false);
});

test('toUSVString and deprecate', () => {
  assertEqual(util.toUSVString('\ud800x'), '\ufffdx');
  let calls = 0;
  const wrapped = util.deprecate(() => ++calls, 'gone');
  wrapped();
  wrapped();
  assertEqual(calls, 2);
});
