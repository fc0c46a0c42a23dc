const acorn = require('acorn');
const ast = acorn.parse('const a = 1 + 2; async function* f() { await x; } class C { #p = 1 }', { ecmaVersion: 'latest', locations: true });
console.log(JSON.stringify(ast).length, ast.body.map((n) => n.type), ast.body[0].loc);
const toks = [...acorn.tokenizer('let x = 42', { ecmaVersion: 2020 })].map((t) => t.type.label + ':' + t.value);
console.log(toks);
try { acorn.parse('let let = 1', { ecmaVersion: 2020 }); } catch (e) { console.log(e.name, e.message, e.pos, e.loc); }
