// structuredClone(value, {transfer}): transferred ArrayBuffers move to the
// clone and are detached in the original; the list is checked first.
function error(body) {
  try {
    const result = body();
    return `ok ${Object.prototype.toString.call(result)}`;
  } catch (e) {
    return `${e.name} [${e.code}] ${e.message} ${e.constructor.name} instanceof Error=${e instanceof Error}`;
  }
}

const buffer = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]).buffer;
const view = new Uint8Array(buffer, 2, 4);
const copy = structuredClone({buffer, view}, {transfer: [buffer]});
console.log('original detached', buffer.byteLength, view.byteLength, view.length, view.byteOffset);
console.log('clone has the bytes', copy.buffer.byteLength, [...new Uint8Array(copy.buffer)].join(','));
console.log('clone view over the clone buffer', copy.view.buffer === copy.buffer,
    copy.view.byteOffset, [...copy.view].join(','));

const top = new Uint16Array([10, 20]).buffer;
const topCopy = structuredClone(top, {transfer: [top]});
console.log('top-level transfer', top.byteLength, topCopy.byteLength, new Uint16Array(topCopy)[1]);

const unreferenced = new ArrayBuffer(16);
console.log('transfer not in value', structuredClone(7, {transfer: [unreferenced]}), unreferenced.byteLength);

const viaSet = new ArrayBuffer(4);
structuredClone(viaSet, {transfer: new Set([viaSet])});
console.log('any iterable', viaSet.byteLength);
function* generate() { yield viaGen; }
const viaGen = new ArrayBuffer(4);
structuredClone(viaGen, {transfer: generate()});
console.log('generator', viaGen.byteLength);
const arrayLike = new ArrayBuffer(4);
structuredClone(arrayLike, {transfer: {length: 1, 0: arrayLike}});
console.log('array-like is not iterated', arrayLike.byteLength);
const notCallable = new ArrayBuffer(4);
structuredClone(notCallable, {transfer: {[Symbol.iterator]: 1}});
console.log('non-callable iterator is ignored', notCallable.byteLength);

const detached = new ArrayBuffer(4);
structuredClone(null, {transfer: [detached]});
console.log('transferring a detached buffer again', error(() => structuredClone(detached, {transfer: [detached]})),
    structuredClone(detached, {transfer: [detached]}).byteLength);
console.log('cloning a detached buffer', error(() => structuredClone(detached)));
console.log('cloning a view of a detached buffer', error(() => structuredClone(view)));

const kept = new ArrayBuffer(4);
console.log('failed clone detaches nothing', error(() => structuredClone({kept, f() {}}, {transfer: [kept]})), kept.byteLength);
const dup = new ArrayBuffer(4);
console.log('duplicate', error(() => structuredClone(dup, {transfer: [dup, dup]})), dup.byteLength);
console.log('typed array in list', error(() => structuredClone(1, {transfer: [new Uint8Array(2)]})));
console.log('shared buffer in list', error(() => structuredClone(1, {transfer: [new SharedArrayBuffer(2)]})));
console.log('plain object in list', error(() => structuredClone(1, {transfer: [{}]})));
console.log('null in list', error(() => structuredClone(1, {transfer: [null]})));
console.log('string list', error(() => structuredClone(1, {transfer: 'ab'})));
console.log('number list', error(() => structuredClone(1, {transfer: 3})));
console.log('null list', error(() => structuredClone(1, {transfer: null})));
console.log('iterator throws', error(() => structuredClone(1, {transfer: {* [Symbol.iterator]() { throw new RangeError('from iterator'); }}})));
console.log('transfer getter throws', error(() => structuredClone(1, {get transfer() { throw new URIError('from getter'); }})));
const order = new ArrayBuffer(4);
console.log('bad item after a good one', error(() => structuredClone(order, {transfer: [order, 5]})), order.byteLength);

const wasm = new WebAssembly.Memory({initial: 1});
const wasmCopy = structuredClone(wasm.buffer, {transfer: [wasm.buffer]});
console.log('WebAssembly.Memory buffer is copied, not detached', wasm.buffer.byteLength, wasmCopy.byteLength,
    wasmCopy !== wasm.buffer);
