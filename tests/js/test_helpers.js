// Test helpers, built into the snapshot of //tests/js:thaw_js_test, so test
// files can call test() and assert*() with nothing to import.
//
//   test('name', async () => { assertEqual(actual, expected); });
//
// Tests run one at a time, in order, once the main script has finished;
// each may return a promise. A failure prints the test's name and error
// and sets exit code 1.

const registeredTests = [];

globalThis.test = function test(name, body) {
  if (registeredTests.length === 0) setImmediate(runRegisteredTests);
  registeredTests.push({name, body});
};

async function runRegisteredTests() {
  let failed = 0;
  let current = null;
  // A test whose promise never settles would otherwise let the process end
  // quietly with exit code 0, as if everything had passed.
  process.on('exit', () => {
    if (current !== null) {
      console.log(`FAIL ${current}\nnever finished: its promise did not settle`);
      process.exitCode = 1;
    }
  });
  for (const {name, body} of registeredTests) {
    current = name;
    try {
      await body();
      console.log(`ok   ${name}`);
    } catch (error) {
      failed++;
      console.log(`FAIL ${name}\n${error && error.stack || error}`);
    }
  }
  current = null;
  console.log(`${registeredTests.length - failed} of ${registeredTests.length} tests passed`);
  if (failed > 0) process.exitCode = 1;
}

function describe(value) {
  try {
    return typeof value === 'string' ? JSON.stringify(value) :
        typeof value === 'bigint' ? `${value}n` : JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

globalThis.assert = function assert(condition, message = 'assertion failed') {
  if (!condition) throw new Error(message);
};

globalThis.assertEqual = function assertEqual(actual, expected, message = '') {
  if (!Object.is(actual, expected)) {
    throw new Error(`${message ? message + ': ' : ''}expected ${describe(expected)}, got ${describe(actual)}`);
  }
};

globalThis.assertDeepEqual = function assertDeepEqual(actual, expected, message = '') {
  if (describe(actual) !== describe(expected)) {
    throw new Error(`${message ? message + ': ' : ''}expected ${describe(expected)}, got ${describe(actual)}`);
  }
};

globalThis.assertThrows = function assertThrows(body, check, message = '') {
  try {
    body();
  } catch (error) {
    if (check) check(error);
    return error;
  }
  throw new Error(`${message ? message + ': ' : ''}expected an exception`);
};

globalThis.sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Milliseconds on the monotonic clock, with sub-millisecond precision.
globalThis.nowMs = () => Number(process.hrtime.bigint()) / 1e6;
