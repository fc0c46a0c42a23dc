const YAML = require('yaml');
const doc = YAML.parseDocument('# comment\nkey: value # trailing\nlist:\n  - 1\n  - two\n');
doc.set('added', { x: [1, 2] });
console.log(String(doc));
console.log(YAML.parse('%YAML 1.2\n---\n? complex\n: 0x1F\nbig: 12345678901234567890\n'));
console.log(YAML.stringify({ a: 'b', nested: { list: ['c', 'd'] } }));
const bad = YAML.parseDocument('a: b: c');
console.log(bad.errors.map((e) => e.code + ' ' + e.message));
