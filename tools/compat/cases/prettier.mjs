import * as prettier from 'prettier/standalone';
import * as babel from 'prettier/plugins/babel';
import * as estree from 'prettier/plugins/estree';
const out = await prettier.format('const  x = {a:1,b:[1,2,3]}; function f (a,b){return a+b}\nlet s = "str"', { parser: 'babel', plugins: [babel, estree], semi: false, singleQuote: true });
console.log(out);
try { await prettier.format('let = ;', { parser: 'babel', plugins: [babel, estree] }); } catch (e) { console.log(e.name, e.message.split('\n')[0]); }
