// node:assert and node:assert/strict. Equality comes from 80_util.js
// (internals.isDeepEqual); values are shown with internals.inspect. Failure
// messages follow Node 20's wording; object differences are a line diff of
// the two inspected values ("+ actual - expected"), computed here with a
// longest-common-subsequence table. Where the layout differs from Node's:
// long diffs are shown whole (Node skips runs of common lines with "..."),
// and a line that differs only by a trailing comma counts as common.
'use strict';

(function defineAssert() {
  const {inspect, isDeepEqual} = internals;
  const nativeFs = binding.fs;

  // How values are printed in messages.
  const showOptions = {
    compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity,
    showHidden: false, showProxy: false, sorted: true, getters: true, colors: false,
  };
  const show = (value) => inspect(value, showOptions);
  const showShort = (value) => inspect(value, {colors: false});

  class AssertionError extends Error {
    constructor(options) {
      if (options === null || typeof options !== 'object') {
        throw internals.invalidArgType('options', 'object', options);
      }
      const {message, actual, expected, operator, stackStartFn} = options;
      const generated = message === undefined || message === null;
      super(generated ? describeFailure(actual, expected, operator) : String(message));
      this.generatedMessage = generated;
      this.code = 'ERR_ASSERTION';
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
      Object.defineProperty(this, 'name', {
        value: 'AssertionError', enumerable: false, writable: true, configurable: true,
      });
      if (typeof Error.captureStackTrace === 'function') {
        Error.captureStackTrace(this, stackStartFn || AssertionError);
      }
    }

    toString() {
      return `${this.name} [${this.code}]: ${this.message}`;
    }
  }

  // ---- messages ----------------------------------------------------------

  // Lines equal but for a trailing comma count as the same line.
  const withoutComma = (line) => (line.endsWith(',') ? line.slice(0, -1) : line);

  // "+ actual - expected" diff of two inspected values: common lines
  // indented by two spaces; in each changed stretch, the actual side's lines
  // (+) come before the expected side's (-).
  function lineDiff(actualText, expectedText) {
    const a = actualText.split('\n');
    const b = expectedText.split('\n');
    // common[i][j]: length of the longest common subsequence of a[i..], b[j..].
    const common = [];
    for (let i = a.length; i >= 0; i--) {
      common[i] = new Array(b.length + 1).fill(0);
      if (i === a.length) continue;
      for (let j = b.length - 1; j >= 0; j--) {
        common[i][j] = withoutComma(a[i]) === withoutComma(b[j]) ?
          common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    const out = [];
    let plus = [];
    let minus = [];
    const flush = () => {
      for (const line of plus) out.push(`+ ${line}`);
      for (const line of minus) out.push(`- ${line}`);
      plus = [];
      minus = [];
    };
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && withoutComma(a[i]) === withoutComma(b[j])) {
        flush();
        out.push(`  ${a[i].length >= b[j].length ? a[i] : b[j]}`);
        i++;
        j++;
      } else if (j >= b.length || (i < a.length && common[i + 1][j] >= common[i][j + 1])) {
        plus.push(a[i++]);
      } else {
        minus.push(b[j++]);
      }
    }
    flush();
    return out.join('\n');
  }

  const strictHeaders = {
    deepStrictEqual: 'Expected values to be strictly deep-equal:',
    strictEqual: 'Expected values to be strictly equal:',
  };

  // The part of a strict comparison's message after its first line.
  function strictDetail(actual, expected, operator) {
    const actualText = show(actual);
    const expectedText = show(expected);
    const isObject = (value) => value !== null &&
        (typeof value === 'object' || typeof value === 'function');
    if (!actualText.includes('\n') && !expectedText.includes('\n') &&
        (!isObject(actual) || !isObject(expected) || operator !== 'strictEqual')) {
      if (actualText !== expectedText || operator !== 'strictEqual') {
        return `\n\n${actualText} !== ${expectedText}\n`;
      }
    }
    return `\n+ actual - expected\n\n${lineDiff(actualText, expectedText)}`;
  }

  function describeFailure(actual, expected, operator) {
    switch (operator) {
      case 'deepStrictEqual':
        return strictHeaders.deepStrictEqual + strictDetail(actual, expected, operator);
      case 'strictEqual': {
        const objects = actual !== null && expected !== null &&
            typeof actual === 'object' && typeof expected === 'object';
        if (objects) {
          const actualText = show(actual);
          if (actualText === show(expected)) {
            return `Values have same structure but are not reference-equal:\n\n${actualText}\n`;
          }
          return 'Expected "actual" to be reference-equal to "expected":' +
              `\n+ actual - expected\n\n${lineDiff(actualText, show(expected))}`;
        }
        return strictHeaders.strictEqual + strictDetail(actual, expected, operator);
      }
      case 'deepEqual':
        return `Expected values to be loosely deep-equal:\n\n${show(actual)}\n\n` +
            `should loosely deep-equal\n\n${show(expected)}`;
      case 'notDeepStrictEqual':
      case 'notStrictEqual': {
        const text = show(actual);
        const objects = actual !== null && typeof actual === 'object';
        const head = operator === 'notDeepStrictEqual' ?
          'Expected "actual" not to be strictly deep-equal to:' :
          (objects ? 'Expected "actual" not to be reference-equal to "expected":' :
            'Expected "actual" to be strictly unequal to:');
        return text.includes('\n') || objects ? `${head}\n\n${text}\n` : `${head} ${text}`;
      }
      case 'notDeepEqual': {
        const text = show(actual);
        const head = 'Expected "actual" not to be loosely deep-equal to:';
        return text.includes('\n') ? `${head}\n\n${text}` : `${head} ${text}`;
      }
      case '==':
      case '!=':
        return `${showShort(actual)} ${operator} ${showShort(expected)}`;
      case 'fail':
        return 'Failed';
      default:
        return `${showShort(actual)} ${operator} ${showShort(expected)}`;
    }
  }

  function raise(options) {
    const {message} = options;
    if (message instanceof Error) throw message;
    throw new AssertionError(options);
  }

  // For strictEqual and deepStrictEqual, Node 20 keeps the comparison after
  // a message of the caller's own.
  function raiseStrict(actual, expected, message, operator, stackStartFn) {
    if (message instanceof Error) throw message;
    if (message === undefined) {
      raise({actual, expected, operator, stackStartFn});
    }
    const error = new AssertionError({
      actual, expected, operator, stackStartFn,
      message: `${message}${strictDetail(actual, expected, operator)}`,
    });
    throw error;
  }

  // ---- ok(): the failing expression, read from the caller's source ----------

  function callerLocation(stackStartFn) {
    const savedPrepare = Error.prepareStackTrace;
    const savedLimit = Error.stackTraceLimit;
    const holder = {};
    try {
      Error.stackTraceLimit = 1;
      Error.prepareStackTrace = (unused, frames) => frames;
      Error.captureStackTrace(holder, stackStartFn);
      const frame = holder.stack[0];
      return frame ? {file: frame.getFileName(), line: frame.getLineNumber(),
                      column: frame.getColumnNumber()} : null;
    } catch {
      return null;
    } finally {
      Error.prepareStackTrace = savedPrepare;
      Error.stackTraceLimit = savedLimit;
    }
  }

  // From the call at `column` (1-based) of `line`, the callee's whole name
  // and its parenthesized arguments, balanced, possibly over several lines.
  function callExpressionAt(lines, lineIndex, column) {
    let text = lines[lineIndex];
    let start = column - 1;
    while (start > 0 && /[\w$.]/.test(text[start - 1])) start--;
    let depth = 0;
    let quote = null;
    let result = '';
    for (let l = lineIndex; l < lines.length && l < lineIndex + 20; l++) {
      text = lines[l];
      for (let k = l === lineIndex ? start : 0; k < text.length; k++) {
        const ch = text[k];
        result += ch;
        if (quote !== null) {
          if (ch === '\\') {
            result += text[++k] ?? '';
          } else if (ch === quote) {
            quote = null;
          }
          continue;
        }
        if (ch === '\'' || ch === '"' || ch === '`') quote = ch;
        else if (ch === '(' || ch === '[' || ch === '{') depth++;
        else if (ch === ')' || ch === ']' || ch === '}') {
          depth--;
          if (depth === 0) return result;
        }
      }
      result += '\n';
    }
    return null;
  }

  function falsyMessage(stackStartFn) {
    const location = callerLocation(stackStartFn);
    let expression = null;
    if (location && typeof location.file === 'string' && location.file.startsWith('/')) {
      try {
        const lines = nativeFs.readFileUtf8(location.file).split('\n');
        expression = callExpressionAt(lines, location.line - 1, location.column);
      } catch {
        expression = null;
      }
    }
    if (expression === null) return 'The expression evaluated to a falsy value';
    const body = expression.split('\n').map((line, index) => (index === 0 ? `  ${line}` : line));
    return `The expression evaluated to a falsy value:\n\n${body.join('\n')}\n`;
  }

  function checkOk(fn, argumentCount, value, message) {
    if (value) return;
    if (argumentCount === 0) {
      const error = new AssertionError({
        actual: value, expected: true, operator: '==', stackStartFn: fn,
        message: 'No value argument passed to `assert.ok()`',
      });
      error.generatedMessage = true;
      throw error;
    } else if (message === undefined || message === null) {
      const error = new AssertionError({
        actual: value, expected: true, operator: '==', stackStartFn: fn,
        message: falsyMessage(fn),
      });
      error.generatedMessage = true;
      throw error;
    }
    raise({actual: value, expected: true, message, operator: '==', stackStartFn: fn});
  }

  // ---- throws / rejects ------------------------------------------------------

  const NO_EXCEPTION = Symbol('no exception');

  function errorDescription(error) {
    return error instanceof Error ? error.message : showShort(error);
  }

  // Whether `actual` (what was thrown) satisfies `expected` (a class, a
  // regular expression, a validation function or an object of properties);
  // throws the AssertionError that says why not.
  function checkThrown(actual, expected, message, fn) {
    const raise = (options) => {
      if (options.message instanceof Error) throw options.message;
      const error = new AssertionError(options);
      error.generatedMessage = message === undefined;
      throw error;
    };
    if (expected === undefined) return;
    if (typeof expected === 'string') return;
    if (internals.types.isRegExp(expected)) {
      const text = String(actual);
      if (RegExp.prototype.exec.call(expected, text) !== null) return;
      raise({actual, expected, operator: fn.name, stackStartFn: fn, message: message ??
          `The input did not match the regular expression ${showShort(expected)}. ` +
          `Input:\n\n${showShort(text)}\n`});
    }
    if (typeof expected === 'function') {
      if (expected.prototype !== undefined && actual instanceof expected) return;
      if (Error.isPrototypeOf(expected) || expected === Error) {
        const got = actual?.constructor?.name ?? typeof actual;
        raise({actual, expected, operator: fn.name, stackStartFn: fn, message: message ??
            `The error is expected to be an instance of "${expected.name}". ` +
            `Received "${got}"\n\nError message:\n\n${errorDescription(actual)}`});
      }
      const verdict = Reflect.apply(expected, {}, [actual]);
      if (verdict === true) return;
      raise({actual, expected, operator: fn.name, stackStartFn: fn, message: message ??
          `The ${expected.name ? `"${expected.name}" ` : ''}validation function is expected ` +
          `to return "true". Received ${showShort(verdict)}\n\nCaught error:\n\n${
            actual instanceof Error ? String(actual) : showShort(actual)}`});
    }
    if (expected !== null && typeof expected === 'object') {
      const keys = Reflect.ownKeys(expected);
      if (expected instanceof Error) keys.push('name', 'message');
      for (const key of keys) {
        const want = expected[key];
        const got = actual?.[key];
        const matches = typeof got === 'string' && internals.types.isRegExp(want) ?
          RegExp.prototype.test.call(want, got) : isDeepEqual(got, want, true);
        if (!matches) {
          const shownActual = {};
          const shownExpected = {};
          for (const k of keys) {
            shownActual[k] = actual?.[k];
            shownExpected[k] = expected[k];
          }
          Object.setPrototypeOf(shownActual, comparisonPrototype);
          Object.setPrototypeOf(shownExpected, comparisonPrototype);
          if (message !== undefined) raise({actual, expected, operator: fn.name, stackStartFn: fn, message});
          const error = new AssertionError({
            actual, expected, operator: fn.name, stackStartFn: fn,
            message: strictHeaders.deepStrictEqual +
                strictDetail(shownActual, shownExpected, 'deepStrictEqual'),
          });
          error.generatedMessage = true;
          throw error;
        }
      }
      return;
    }
    throw internals.invalidArgType('expected', 'function or an instance of Error, RegExp, or Object', expected);
  }
  // Objects shown as "Comparison {...}" in throws() diffs, as Node names them.
  const comparisonPrototype = (class Comparison {}).prototype;

  function splitExpectation(expected, message) {
    if (typeof expected === 'string') return [undefined, expected];
    return [expected, message];
  }

  function runCatching(block) {
    try {
      block();
    } catch (error) {
      return error;
    }
    return NO_EXCEPTION;
  }

  async function awaitCatching(promiseOrFn, operator) {
    let promise = promiseOrFn;
    if (typeof promiseOrFn === 'function') {
      promise = promiseOrFn();
      if (!(promise && typeof promise.then === 'function')) {
        const error = new TypeError(
            'Expected instance of Promise to be returned from the "promiseFn" function ' +
            `but got ${promise === null || promise === undefined ? String(promise) :
              `type ${typeof promise} (${showShort(promise)})`}.`);
        error.code = 'ERR_INVALID_RETURN_VALUE';
        throw error;
      }
    } else if (!(promise && typeof promise.then === 'function')) {
      throw internals.invalidArgType('promiseFn', 'function or an instance of Promise', promise);
    }
    try {
      await promise;
    } catch (error) {
      return error;
    }
    return NO_EXCEPTION;
  }

  function missing(fn, expected, message, kind) {
    let text = `Missing expected ${kind}`;
    if (typeof expected === 'function' && expected.name) text += ` (${expected.name})`;
    text += message ? `: ${message}` : '.';
    const error = new AssertionError({
      actual: undefined, expected, operator: fn.name, stackStartFn: fn, message: text,
    });
    error.generatedMessage = false;
    throw error;
  }

  function unwanted(fn, actual, expected, message, kind) {
    if (typeof expected === 'function' && expected.prototype !== undefined &&
        !(actual instanceof expected)) {
      throw actual;
    }
    if (internals.types.isRegExp(expected) && !expected.test(String(actual))) throw actual;
    const text = `Got unwanted ${kind}${message ? `: ${message}` : '.'}\n` +
        `Actual message: "${actual && actual.message}"`;
    const error = new AssertionError({
      actual, expected, operator: fn.name, stackStartFn: fn, message: text,
    });
    error.generatedMessage = false;
    throw error;
  }

  // ---- the functions -------------------------------------------------------------

  function makeAssert(strictMode) {
    const assert = strictMode ? function strict(...args) {
      checkOk(assert, args.length, args[0], args[1]);
    } : function ok(...args) {
      checkOk(assert, args.length, args[0], args[1]);
    };

    function needTwo(count) {
      if (count < 2) {
        const error = new TypeError('The "actual" and "expected" arguments must be specified');
        error.code = 'ERR_MISSING_ARGS';
        throw error;
      }
    }

    function strictEqual(actual, expected, message) {
      needTwo(arguments.length);
      if (!Object.is(actual, expected)) raiseStrict(actual, expected, message, 'strictEqual', strictEqual);
    }
    function notStrictEqual(actual, expected, message) {
      needTwo(arguments.length);
      if (Object.is(actual, expected)) {
        raise({actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual});
      }
    }
    function deepStrictEqual(actual, expected, message) {
      needTwo(arguments.length);
      if (!isDeepEqual(actual, expected, true)) {
        raiseStrict(actual, expected, message, 'deepStrictEqual', deepStrictEqual);
      }
    }
    function notDeepStrictEqual(actual, expected, message) {
      needTwo(arguments.length);
      if (isDeepEqual(actual, expected, true)) {
        raise({actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual});
      }
    }
    function equal(actual, expected, message) {
      needTwo(arguments.length);
      // eslint-disable-next-line eqeqeq
      if (!(actual == expected || (actual !== actual && expected !== expected))) {
        raise({actual, expected, message, operator: '==', stackStartFn: equal});
      }
    }
    function notEqual(actual, expected, message) {
      needTwo(arguments.length);
      // eslint-disable-next-line eqeqeq
      if (actual == expected || (actual !== actual && expected !== expected)) {
        raise({actual, expected, message, operator: '!=', stackStartFn: notEqual});
      }
    }
    function deepEqual(actual, expected, message) {
      needTwo(arguments.length);
      if (!isDeepEqual(actual, expected, false)) {
        raise({actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual});
      }
    }
    function notDeepEqual(actual, expected, message) {
      needTwo(arguments.length);
      if (isDeepEqual(actual, expected, false)) {
        raise({actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual});
      }
    }
    function fail(message) {
      if (message instanceof Error) throw message;
      const error = new AssertionError({
        message: message === undefined ? 'Failed' : message, operator: 'fail', stackStartFn: fail,
      });
      error.generatedMessage = message === undefined;
      throw error;
    }
    function throws(block, ...rest) {
      internals.validateFunction(block, 'fn');
      const [expected, message] = splitExpectation(...rest);
      const thrown = runCatching(block);
      if (thrown === NO_EXCEPTION) missing(throws, expected, message, 'exception');
      checkThrown(thrown, expected, message, throws);
    }
    function doesNotThrow(block, ...rest) {
      internals.validateFunction(block, 'fn');
      const [expected, message] = splitExpectation(...rest);
      const thrown = runCatching(block);
      if (thrown !== NO_EXCEPTION) unwanted(doesNotThrow, thrown, expected, message, 'exception');
    }
    async function rejects(promiseOrFn, ...rest) {
      const [expected, message] = splitExpectation(...rest);
      const thrown = await awaitCatching(promiseOrFn, 'rejects');
      if (thrown === NO_EXCEPTION) missing(rejects, expected, message, 'rejection');
      checkThrown(thrown, expected, message, rejects);
    }
    async function doesNotReject(promiseOrFn, ...rest) {
      const [expected, message] = splitExpectation(...rest);
      const thrown = await awaitCatching(promiseOrFn, 'doesNotReject');
      if (thrown !== NO_EXCEPTION) unwanted(doesNotReject, thrown, expected, message, 'rejection');
    }
    function checkMatch(string, regexp, message, fn, wantMatch) {
      if (!internals.types.isRegExp(regexp)) {
        throw internals.invalidArgType('regexp', 'an instance of RegExp', regexp);
      }
      if (typeof string !== 'string' ||
          (RegExp.prototype.exec.call(regexp, string) !== null) !== wantMatch) {
        if (message instanceof Error) throw message;
        const generated = message === undefined;
        const text = !generated ? message : typeof string !== 'string' ?
          `The "string" argument must be of type string. Received type ${typeof string} ` +
              `(${showShort(string)})` :
          (wantMatch ? 'The input did not match the regular expression ' :
            'The input was expected to not match the regular expression ') +
              `${showShort(regexp)}. Input:\n\n${showShort(string)}\n`;
        const error = new AssertionError({
          actual: string, expected: regexp, operator: fn.name, stackStartFn: fn, message: text,
        });
        error.generatedMessage = generated;
        throw error;
      }
    }
    function match(string, regexp, message) {
      checkMatch(string, regexp, message, match, true);
    }
    function doesNotMatch(string, regexp, message) {
      checkMatch(string, regexp, message, doesNotMatch, false);
    }
    function ifError(value) {
      if (value === null || value === undefined) return;
      let text = 'ifError got unwanted exception: ';
      text += typeof value?.message === 'string' && value.message.length > 0 ?
        value.message : showShort(value);
      const error = new AssertionError({
        actual: value, expected: null, operator: 'ifError', stackStartFn: ifError, message: text,
      });
      error.generatedMessage = false;
      if (value instanceof Error && typeof value.stack === 'string') {
        error.stack = `${error.stack}\n    at [original error]\n${value.stack}`;
      }
      throw error;
    }

    Object.assign(assert, {
      ok: assert,
      fail, throws, doesNotThrow, rejects, doesNotReject, match, doesNotMatch, ifError,
      strictEqual, notStrictEqual, deepStrictEqual, notDeepStrictEqual,
      equal: strictMode ? strictEqual : equal,
      notEqual: strictMode ? notStrictEqual : notEqual,
      deepEqual: strictMode ? deepStrictEqual : deepEqual,
      notDeepEqual: strictMode ? notDeepStrictEqual : notDeepEqual,
      AssertionError,
    });
    return assert;
  }

  let loose = null;
  function assertModule() {
    if (loose === null) {
      loose = makeAssert(false);
      const strict = makeAssert(true);
      loose.strict = strict;
      strict.strict = strict;
    }
    return loose;
  }
  internals.defineBuiltin('assert', assertModule);
  internals.defineBuiltin('assert/strict', () => assertModule().strict);
  internals.AssertionError = AssertionError;
})();
