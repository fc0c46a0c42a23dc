const util = require('util');
console.log(util.format('%s=%d %j', 'a', 42, {x: 1}));
console.log(util.inspect({a: [1, 2, {b: new Map([[1, 2]])}]}, {depth: 0}));
console.log(util.isArray([]), util.isArray({}));
console.log(JSON.stringify(util.toUSVString('a\ud800b\udc00c\ud83d\ude00')));
console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[39m'));
const t = util.types;
console.log(t.isPromise(Promise.resolve()), t.isPromise({then() {}}));
console.log(t.isRegExp(/x/), t.isDate(new Date()), t.isMap(new Map()), t.isSet(new Set()));
console.log(t.isWeakMap(new WeakMap()), t.isWeakSet(new WeakSet()));
console.log(t.isTypedArray(new Uint8Array(1)), t.isUint8Array(new Uint8Array(1)),
            t.isUint8Array(new Int8Array(1)), t.isFloat64Array(new Float64Array(1)),
            t.isBigInt64Array(new BigInt64Array(1)));
console.log(t.isArrayBuffer(new ArrayBuffer(1)), t.isSharedArrayBuffer(new SharedArrayBuffer(1)),
            t.isAnyArrayBuffer(new SharedArrayBuffer(1)), t.isDataView(new DataView(new ArrayBuffer(1))),
            t.isArrayBufferView(new DataView(new ArrayBuffer(1))));
console.log(t.isProxy(new Proxy({}, {})), t.isProxy({}));
console.log(t.isGeneratorFunction(function* g() {}), t.isAsyncFunction(async () => {}),
            t.isGeneratorObject((function* g() {})()));
console.log(t.isBoxedPrimitive(Object(1)), t.isNumberObject(Object(1)), t.isStringObject(Object('s')),
            t.isBooleanObject(Object(true)), t.isSymbolObject(Object(Symbol('s'))),
            t.isBigIntObject(Object(1n)), t.isBoxedPrimitive(1));
console.log(t.isNativeError(new TypeError('x')), t.isNativeError({name: 'Error'}));
console.log(t.isMapIterator(new Map().keys()), t.isSetIterator(new Set().values()));
(function () { console.log(t.isArgumentsObject(arguments), t.isArgumentsObject([])); })();
console.log(t.isExternal({}), t.isModuleNamespaceObject({}));
function Base() {}
Base.prototype.hello = function () { return 'hi'; };
function Child() {}
util.inherits(Child, Base);
console.log(new Child().hello(), Child.super_ === Base);
console.log(util.isDeepStrictEqual({a: [1, {b: 2}]}, {a: [1, {b: 2}]}),
            util.isDeepStrictEqual({a: 1}, {a: '1'}),
            util.isDeepStrictEqual(new Set([1, {x: 1}]), new Set([{x: 1}, 1])),
            util.isDeepStrictEqual(new Map([[{k: 1}, 'v']]), new Map([[{k: 1}, 'v']])),
            util.isDeepStrictEqual(NaN, NaN), util.isDeepStrictEqual(0, -0),
            util.isDeepStrictEqual([1, 2], [1, 2, 3]), util.isDeepStrictEqual(new Date(1), new Date(1)),
            util.isDeepStrictEqual(/a/g, /a/i), util.isDeepStrictEqual(Object.create(null), {}));
const cyclicA = {name: 'a'}; cyclicA.self = cyclicA;
const cyclicB = {name: 'a'}; cyclicB.self = cyclicB;
console.log(util.isDeepStrictEqual(cyclicA, cyclicB));
console.log(typeof util.TextEncoder, typeof util.TextDecoder);
console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
