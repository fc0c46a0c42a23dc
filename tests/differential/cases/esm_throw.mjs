// expect-stderr: from the main module
// An uncaught throw in the main ES module: exit code 1 after what ran.
import {answer} from '../module_fixtures/esm/plain.mjs';
console.log('before', answer);
throw new Error('from the main module');
