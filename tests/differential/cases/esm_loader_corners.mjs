// Module resolution corners real packages rely on: package.json "imports"
// (#name, conditions, patterns, another package), an extensionless
// CommonJS file in a "type": "module" package, TypeScript's __exportStar
// re-exports seen as named exports, a built-in's accessor exports, and
// createRequire(...)(...) called at once.
import {value, conditional, generated, other} from '../module_fixtures/loader_corners/node_modules/imp/lib/index.js';
import {Kind, More} from '../module_fixtures/loader_corners/node_modules/tsre/index.js';
import {webcrypto, subtle} from 'node:crypto';
import {createRequire} from 'node:module';
import {dirname} from 'node:path';
import {fileURLToPath} from 'node:url';

console.log(value, conditional, generated, other, Kind, More);
console.log(typeof webcrypto.getRandomValues, typeof subtle.digest);
const required = createRequire(import.meta.url)('../module_fixtures/loader_corners/node_modules/imp/lib/cjs');
console.log(required);
for (const specifier of ['#nope', '#', '#/x']) {
  try {
    await import(specifier);
  } catch (error) {
    console.log(error.name, error.code,
                error.message.replaceAll(dirname(fileURLToPath(import.meta.url)), '<cases>'));
  }
}
