// node:assert and node:assert/strict through require.
const nodeAssert = require('assert');
const strict = require('node:assert/strict');

function messageOf(body) {
  try {
    body();
  } catch (error) {
    return error.message;
  }
  return null;
}

test('passing assertions return undefined', () => {
  assertEqual(nodeAssert.ok(1), undefined);
  nodeAssert.equal(1, '1');
  nodeAssert.deepEqual({a: 1}, {a: '1'});
  strict.deepEqual({a: [1]}, {a: [1]});
  nodeAssert.throws(() => { throw new TypeError('t'); }, TypeError);
  nodeAssert.match('abc', /b/);
  nodeAssert.ifError(undefined);
});

test('AssertionError fields', () => {
  try {
    strict.equal(1, 2);
  } catch (error) {
    assert(error instanceof nodeAssert.AssertionError);
    assertEqual(error.name, 'AssertionError');
    assertEqual(error.code, 'ERR_ASSERTION');
    assertEqual(error.actual, 1);
    assertEqual(error.expected, 2);
    assertEqual(error.operator, 'strictEqual');
    assertEqual(error.generatedMessage, true);
    return;
  }
  throw new Error('did not throw');
});

test('strict mode equal is strictEqual', () => {
  assertEqual(messageOf(() => strict.equal(1, '1')),
              "Expected values to be strictly equal:\n\n1 !== '1'\n");
});

test('object diff', () => {
  assertEqual(messageOf(() => strict.deepEqual({a: 1, b: 2}, {a: 1, b: 3})),
              'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
              '  {\n    a: 1,\n+   b: 2\n-   b: 3\n  }');
});

test('ok shows the failing expression', () => {
  assertEqual(messageOf(() => nodeAssert.ok(1 === 2)),
              'The expression evaluated to a falsy value:\n\n  nodeAssert.ok(1 === 2)\n');
});

test('rejects', async () => {
  await nodeAssert.rejects(Promise.reject(new Error('x')), {message: 'x'});
  let failed = false;
  await nodeAssert.rejects(Promise.resolve()).catch(() => { failed = true; });
  assertEqual(failed, true);
});
