// A .js file outside any "type": "module" scope that only parses as an ES
// module runs as one (Node 20's syntax detection).
import {answer} from '../module_fixtures/esm/plain.mjs';
console.log(answer, typeof require, typeof module, import.meta.url.endsWith('.js'));
