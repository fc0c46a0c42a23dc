const minimist = require('minimist');
console.log(minimist(process.argv.slice(2), { boolean: ['x'], string: ['name'], alias: { n: 'name' }, default: { z: 3 } }));
console.log(minimist(['-abc', '--no-foo', '--bar=baz', '--', 'rest', '-q']));
