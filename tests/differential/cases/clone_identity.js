// structuredClone keeps the shape of the object graph: cycles, shared
// references, views sharing one buffer; nothing in the clone is the original.
const shared = {shared: true};
const buffer = new ArrayBuffer(8);
const root = {
  a: shared,
  b: shared,
  list: [shared, shared],
  map: new Map([[shared, shared]]),
  set: new Set([shared]),
  bytes: new Uint8Array(buffer, 0, 4),
  words: new Uint16Array(buffer, 4, 2),
  view: new DataView(buffer),
  buffer,
};
root.self = root;
root.list.push(root.list);
const copy = structuredClone(root);

console.log('new root', copy !== root, copy.self === copy);
console.log('shared object kept shared', copy.a === copy.b, copy.a !== shared,
    copy.list[0] === copy.a, copy.list[1] === copy.a);
console.log('array cycle', copy.list[2] === copy.list);
console.log('map key and value are the same clone', [...copy.map][0][0] === copy.a,
    [...copy.map][0][1] === copy.a, copy.map.get(copy.a) === copy.a, copy.map.get(shared));
console.log('set member', copy.set.has(copy.a), copy.set.has(shared));
console.log('views share one new buffer', copy.bytes.buffer === copy.buffer,
    copy.words.buffer === copy.buffer, copy.view.buffer === copy.buffer, copy.buffer !== buffer);
copy.bytes[0] = 255;
console.log('writes go through the shared clone buffer', copy.view.getUint8(0),
    new Uint8Array(buffer)[0]);
console.log('offsets', copy.bytes.byteOffset, copy.words.byteOffset, copy.words.length);

// A long chain and a wide object.
let chain = {end: true};
for (let i = 0; i < 1000; i++) chain = {next: chain, i};
let node = structuredClone(chain);
let depth = 0;
while (node.next) { node = node.next; depth++; }
console.log('chain depth', depth, node.end);
const wide = {};
for (let i = 0; i < 5000; i++) wide[`k${i}`] = i;
const wideCopy = structuredClone(wide);
console.log('wide', Object.keys(wideCopy).length, wideCopy.k4999);

// Mutating during serialization (a getter) changes what is cloned, not the
// original's clone of what was already written.
const later = {first: 1, get second() { this.third = 3; return 2; }};
console.log('getter side effect', JSON.stringify(structuredClone(later)), JSON.stringify(Object.keys(later)));

// The same object twice at top level of an array, and a Map holding itself.
const m = new Map();
m.set(m, m);
const mc = structuredClone(m);
console.log('self map', mc.get(mc) === mc, mc.size);
const s = new Set();
s.add(s);
const sc = structuredClone(s);
console.log('self set', sc.has(sc));
const boxed = new String('x');
const pair = structuredClone([boxed, boxed]);
console.log('boxed primitive identity', pair[0] === pair[1], typeof pair[0]);
const date = new Date(5);
const dates = structuredClone({d1: date, d2: date});
console.log('date identity', dates.d1 === dates.d2);
