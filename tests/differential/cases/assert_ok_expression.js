const assert = require('assert');
const {strict} = assert;
function show(body) {
  try {
    body();
  } catch (error) {
    console.log(error.generatedMessage, JSON.stringify(error.message));
  }
}
show(() => assert.ok(false));
show(() => assert(1 > 2));
show(() => assert.ok(typeof 'x' === 'number'));
show(() => strict.ok(''));
show(() => assert.ok(null, 'given'));
