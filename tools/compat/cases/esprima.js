const esprima = require('esprima');
console.log(JSON.stringify(esprima.parseScript('var answer = 6 * 7; if (a) { b(); }', { range: true })));
console.log(esprima.tokenize('const f = (x) => x ** 2').map((t) => t.type + ':' + t.value).join(' '));
try { esprima.parseScript('var = 1'); } catch (e) { console.log(e.name, e.message, e.index, e.lineNumber); }
