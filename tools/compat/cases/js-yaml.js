const yaml = require('js-yaml');
const doc = yaml.load('a: 1\nb: [x, y]\nc:\n  d: true\n  e: ~\n  f: 2001-12-14\nanchors: &A {k: v}\nref: *A\n');
console.log(doc);
console.log(yaml.dump({ list: [1, 'two', { three: 3 }], s: 'multi\nline', n: null }));
try { yaml.load('a: [1, 2'); } catch (e) { console.log(e.name, e.message); }
