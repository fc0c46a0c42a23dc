const JSON5 = require('json5');
console.log(JSON5.parse("{unquoted: 'single', trailing: [1,2,], hex: 0xFF, inf: Infinity, // c\n n: .5,}"));
console.log(JSON5.stringify({ a: 1, 'b-c': "it's", d: [NaN] }, null, 2));
try { JSON5.parse('{a:}'); } catch (e) { console.log(e.name, e.message, e.lineNumber, e.columnNumber); }
