// Evaluated once, at build time: loads TypeScript and transpiles a sample,
// so the compiler's functions are compiled into the snapshot.
const ts = require('typescript');
const options = { compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS } };
ts.transpileModule('const answer: number = 6 * 7; export function f<T>(x: T): T { return x; }', options);
module.exports = { ts, options };
