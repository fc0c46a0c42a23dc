const qs = require('qs');
console.log(qs.parse('a[b][c]=d&e[]=1&e[]=2&f=%20x&g[0][h]=i'), qs.parse('?x=1', { ignoreQueryPrefix: true }));
console.log(qs.stringify({ a: { b: ['c', 'd'] }, e: 'f g', n: null }), qs.stringify({ a: [1, 2] }, { arrayFormat: 'brackets', encode: false }));
