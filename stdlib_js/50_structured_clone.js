// structuredClone(value, {transfer}): V8's ValueSerializer and
// ValueDeserializer (binding.clone), with Node 20's argument checks, errors
// and messages. Also the DOMException helper the web API files share.
'use strict';

const nativeClone = binding.clone;

// The code a DOMException of each name carries (WebIDL's legacy codes), for
// the fallback below.
const kDOMExceptionCodes = {
  __proto__: null,
  NotSupportedError: 9,
  TypeMismatchError: 17,
  QuotaExceededError: 22,
  DataCloneError: 25,
};

// new DOMException(message, name). DOMException is looked up when an error is
// made, not when the snapshot is built; if there is none, an Error with the
// same name, message and code stands in.
internals.createDOMException = function createDOMException(message, name) {
  const DOMException = typeof internals.DOMException === 'function' ?
      internals.DOMException : globalThis.DOMException;
  if (typeof DOMException === 'function') return new DOMException(message, name);
  const error = new Error(message);
  Object.defineProperty(error, 'name', {
    value: name, writable: true, enumerable: false, configurable: true,
  });
  Object.defineProperty(error, 'code', {
    value: kDOMExceptionCodes[name] ?? 0, writable: true, enumerable: false, configurable: true,
  });
  return error;
};

function nodeTypeError(message, code) {
  const error = new TypeError(message);
  Object.defineProperty(error, 'code', {
    value: code, writable: true, enumerable: true, configurable: true,
  });
  return error;
}

function makeDataCloneError(message) {
  return internals.createDOMException(message, 'DataCloneError');
}

// ArrayBuffer.prototype.byteLength's getter accepts (non-shared) ArrayBuffers
// only, whatever their prototype says.
const arrayBufferByteLength =
    Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const {apply} = Reflect;
const iteratorSymbol = Symbol.iterator;

function isArrayBuffer(value) {
  if (value === null || typeof value !== 'object') return false;
  try {
    apply(arrayBufferByteLength, value, []);
    return true;
  } catch {
    return false;
  }
}

// Node 20: `transfer` is any object; iterated when it is iterable, otherwise
// an empty list. Its entries must be distinct ArrayBuffers.
function transferListFrom(transfer) {
  if (transfer === undefined || transfer === null) return [];
  if (typeof transfer !== 'object' && typeof transfer !== 'function') {
    throw nodeTypeError('Optional transferList argument must be an iterable',
                        'ERR_INVALID_ARG_TYPE');
  }
  const list = [];
  if (typeof transfer[iteratorSymbol] !== 'function') return list;
  const seen = new Set();
  for (const item of transfer) {
    if (!isArrayBuffer(item)) {
      throw nodeTypeError('Found invalid object in transferList',
                          'ERR_INVALID_TRANSFER_OBJECT');
    }
    if (seen.has(item)) {
      throw makeDataCloneError('Transfer list contains duplicate ArrayBuffer');
    }
    seen.add(item);
    list.push(item);
  }
  return list;
}

// `length` is 0, as in Node 20.
function structuredClone(...args) {
  if (args.length === 0) {
    throw nodeTypeError('The value argument must be specified', 'ERR_MISSING_ARGS');
  }
  const [value, options] = args;
  let transfer = [];
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object' && typeof options !== 'function') {
      throw nodeTypeError('The options argument must be either an object or undefined',
                          'ERR_INVALID_ARG_TYPE');
    }
    transfer = transferListFrom(options.transfer);
  }
  return nativeClone.structuredClone(value, transfer, makeDataCloneError);
}

Object.defineProperty(globalThis, 'structuredClone', {
  value: structuredClone, writable: true, enumerable: true, configurable: true,
});
