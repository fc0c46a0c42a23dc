// console.group indents every line of everything printed inside it.
console.group('Level 1');
console.log('one line');
console.log('two\nlines');
console.group();
console.log({ a: 1, b: 'two', c: [1, 2, 3], d: { e: { f: 'deep' } }, g: 'a'.repeat(60) });
console.groupCollapsed('collapsed', { label: true });
console.table([{ x: 1 }]);
console.info('info %s', 'formatted');
console.groupEnd();
console.groupEnd();
console.log('back at level 1');
console.groupEnd();
console.groupEnd();
console.log('not indented');
console.group('%s and %d', 'format', 2);
console.dir({ dir: { is: { indented: true } } });
console.groupEnd();
