// ES module imports: packages with "exports" conditions, CommonJS named
// exports, JSON with an import attribute, live bindings, namespaces,
// node: built-ins, import.meta, createRequire and import().
import hello, {kind} from '../module_fixtures/esm/node_modules/dual/esm.mjs';
import {feature} from '../module_fixtures/esm/node_modules/dual/feature.js';
import cjs, {add, mul, pi} from '../module_fixtures/esm/node_modules/cjspkg/lib/index.js';
import data from '../module_fixtures/esm/data.json' with {type: 'json'};
import {counter, bump, pathNamespace} from '../module_fixtures/esm/counter.mjs';
import fs, {readFileSync} from 'node:fs';
import {join} from 'path';
import {createRequire} from 'module';
import * as plain from '../module_fixtures/esm/plain.mjs';

console.log(hello('you'), kind, feature, add(2, 3), mul(2, 3), pi, Object.keys(cjs));
console.log(data, counter);
bump();
console.log(counter, plain, plain.default, Object.keys(plain));
console.log(typeof fs.readFileSync, readFileSync === fs.readFileSync, join('a', 'b'),
            pathNamespace.basename('/x/y.z'));
console.log(import.meta.url.endsWith('/cases/esm_imports.mjs'),
            import.meta.filename.endsWith('/cases/esm_imports.mjs'),
            import.meta.dirname.endsWith('/cases'),
            import.meta.resolve('../module_fixtures/esm/data.json').endsWith('/esm/data.json'));
const require = createRequire(import.meta.url);
console.log(require('../module_fixtures/esm/node_modules/dual/cjs.cjs').kind);
const later = await import('../module_fixtures/esm/later.mjs');
console.log(later.default, await Promise.resolve(7), typeof this);
const os = await import('node:os');
console.log(typeof os.cpus, typeof os.default.cpus);
