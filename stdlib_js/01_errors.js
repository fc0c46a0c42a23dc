// Node's argument errors, with Node's codes and messages, for every stdlib
// file to share.
'use strict';

// How Node describes a wrong value in "Received ..." (determineSpecificType).
function describeReceived(value) {
  if (value === null || value === undefined) return String(value);
  // Anonymous functions and classes included: "function ", "an instance of ".
  if (typeof value === 'function') return `function ${value.name}`;
  const inspect = internals.inspect ?? String;
  if (typeof value === 'object') {
    if (value.constructor && 'name' in value.constructor) {
      return `an instance of ${value.constructor.name}`;
    }
    return inspect(value, {depth: -1});
  }
  // A long string is cut before it is quoted.
  if (typeof value === 'string' && value.length > 28) value = `${value.slice(0, 25)}...`;
  return `type ${typeof value} (${inspect(value, {colors: false})})`;
}
internals.describeReceived = describeReceived;

// Gives `error` Node's enumerable `code` (and any `extra` properties); the
// one place every stdlib file makes a coded error.
function withCode(error, code, extra) {
  Object.defineProperty(error, 'code', {
    value: code, writable: true, enumerable: true, configurable: true,
  });
  return extra === undefined ? error : Object.assign(error, extra);
}
internals.withCode = withCode;

// new TypeError: The "name" argument must be of type TYPE. Received ...
// TYPE may also be "an instance of X": then the message says "must be an
// instance of X", as Node's does. A dotted name (options.signal) is a
// "property", as in Node.
internals.invalidArgType = function invalidArgType(name, type, value) {
  const expected = type.startsWith('an instance of ') ? type : `of type ${type}`;
  const kind = name.includes('.') ? 'property' : 'argument';
  return withCode(new TypeError(
      `The "${name}" ${kind} must be ${expected}. ` +
      `Received ${describeReceived(value)}`), 'ERR_INVALID_ARG_TYPE');
};

// Node writes integers beyond 2^32 in "Received" with separators:
// 281_474_976_710_656 (and bigints the same way, with their n).
function addNumericalSeparator(digits) {
  let result = '';
  let i = digits.length;
  const start = digits[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) result = `_${digits.slice(i - 3, i)}${result}`;
  return `${digits.slice(0, i)}${result}`;
}

// new RangeError: The value of "name" is out of range. It must be RANGE.
// Received VALUE, with VALUE written as Node writes it.
internals.outOfRange = function outOfRange(name, range, value) {
  let shown;
  if (Number.isInteger(value) && Math.abs(value) > 2 ** 32) {
    shown = addNumericalSeparator(String(value));
  } else if (typeof value === 'bigint') {
    shown = String(value);
    if (value > 2n ** 32n || value < -(2n ** 32n)) shown = addNumericalSeparator(shown);
    shown += 'n';
  } else {
    shown = (internals.inspect ?? String)(value);
  }
  return withCode(new RangeError(
      `The value of "${name}" is out of range. It must be ${range}. Received ${shown}`),
  'ERR_OUT_OF_RANGE');
};

internals.validateFunction = function validateFunction(value, name) {
  if (typeof value !== 'function') throw internals.invalidArgType(name, 'function', value);
};
