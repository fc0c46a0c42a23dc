const assert = require('assert');
function show(body) {
  try {
    body();
    console.log('no error');
  } catch (error) {
    console.log(error.name, error.code, error.operator, error.generatedMessage);
    console.log(JSON.stringify(error.message));
  }
}
show(() => assert.strictEqual(1, 2));
show(() => assert.strictEqual('a', 'b'));
show(() => assert.strictEqual(1, '1'));
show(() => assert.strictEqual(NaN, 1));
show(() => assert.strictEqual(1, 2, 'custom'));
show(() => assert.strictEqual({a: 1}, {a: 1}));
show(() => assert.strictEqual({a: 1}, {a: 2}));
show(() => assert.notStrictEqual(1, 1));
show(() => assert.equal(1, 2));
show(() => assert.equal(1, 2, 'custom'));
show(() => assert.equal(1, '1'));
show(() => assert.notEqual(1, 1));
show(() => assert.ok(0, 'zero'));
show(() => assert.ok());
show(() => assert.fail());
show(() => assert.fail('boom'));
show(() => assert.deepStrictEqual({a: 1}, {a: 2}));
show(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]));
show(() => assert.deepStrictEqual(1, 2));
show(() => assert.deepStrictEqual([1], {0: 1}));
show(() => assert.deepStrictEqual({a: 1}, {a: 2}, 'custom'));
show(() => assert.deepEqual({a: 1}, {a: 2}));
show(() => assert.deepEqual(1, 2));
show(() => assert.deepEqual({a: 1}, {a: '1'}));
show(() => assert.notDeepStrictEqual({a: 1}, {a: 1}));
show(() => assert.notDeepStrictEqual(1, 1));
show(() => assert.notDeepEqual({a: 1}, {a: 1}));
show(() => assert.throws(() => {}));
show(() => assert.throws(() => {}, 'why'));
show(() => assert.throws(() => { throw new Error('x'); }, /y/));
show(() => assert.throws(() => { throw new TypeError('x'); }, RangeError));
show(() => assert.throws(() => { throw new TypeError('x'); }, TypeError));
show(() => assert.throws(() => { throw new Error('x'); }, {message: 'x'}));
show(() => assert.throws(() => { throw new Error('x'); }, {message: 'y'}));
show(() => assert.doesNotThrow(() => { throw new Error('x'); }));
show(() => assert.doesNotThrow(() => { throw new Error('x'); }, 'why'));
show(() => assert.match('abc', /x/));
show(() => assert.doesNotMatch('abc', /b/));
show(() => assert.match('abc', /b/));
show(() => assert.ifError(null));
show(() => assert.ifError(new Error('e')));
show(() => assert.ifError('e'));
show(() => assert.strict.equal(1, '1'));
show(() => assert.strict.deepEqual([1], ['1']));
console.log(require('assert/strict') === assert.strict, require('node:assert') === assert);
const error = new assert.AssertionError({actual: 1, expected: 2, operator: 'strictEqual'});
console.log(JSON.stringify(error.message), error.name, Object.keys(error));
(async () => {
  for (const body of [
    () => assert.rejects(Promise.resolve(1)),
    () => assert.rejects(Promise.reject(new Error('r')), /r/),
    () => assert.rejects(async () => { throw new TypeError('t'); }, TypeError),
    () => assert.doesNotReject(Promise.reject(new Error('q'))),
    () => assert.doesNotReject(Promise.resolve(1)),
  ]) {
    try {
      await body();
      console.log('resolved');
    } catch (error) {
      console.log('rejected', JSON.stringify(error.message));
    }
  }
})();
