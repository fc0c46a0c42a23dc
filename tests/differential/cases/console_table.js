// console.table: Node's box-drawn tables.
console.table([{ a: 1, b: 'xyz' }, { a: 22, c: [1, 2, 3, 4, 5] }]);
console.table([1, 'a', { x: 1 }, null, undefined]);
console.table({ r1: { c: 1 }, r2: { c: '日本語' }, r3: 5 });
console.table([{ a: 1, b: 2 }, { a: 3, c: 4 }, 7], ['a', 'c']);
console.table(new Map([['k', { v: 1 }], [{ o: 1 }, 'x']]));
console.table(new Set([1, 'two', [3]]));
console.table([[1, 2], [3, 4, 5]]);
console.table([{ nested: { a: 1, b: 2, c: 3 }, small: { a: 1 }, list: [1, 2, 3, 4] }]);
console.table([]);
console.table({});
console.table(new Uint8Array([5, 6]));
console.table([{ emoji: '😀', wide: 'ｗｉｄｅ', mixed: 'a日b' }]);
console.table(42);
console.table('not tabular');
console.table(null);
try {
  console.table([], 'not an array');
} catch (error) {
  console.log(error.name, error.code, error.message);
}
