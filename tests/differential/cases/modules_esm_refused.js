// not-differential: Node runs ES modules; thaw cannot yet and must say so clearly
// expect-stderr: thaw cannot run ES modules yet
require('../module_fixtures/esm_scope/index.js');
