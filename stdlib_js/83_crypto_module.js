// node:crypto: hashes and HMACs (bindings/hash_module.cc), random numbers
// (bindings/crypto_module.cc, shared with the Web Crypto global of
// 51_crypto.js), timingSafeEqual, and the Web Crypto objects. Arguments are
// checked, and errors worded, the way Node 20's are. Ciphers, signatures,
// keys and key derivation are not here.
'use strict';

(function defineCryptoModule() {
  const nativeHash = binding.hash;
  const nativeCrypto = binding.crypto;
  const {isAnyArrayBuffer, isArrayBufferView} = binding.types;
  const {Buffer, FastBuffer, withCode, describeReceived, invalidArgType, outOfRange,
    validateFunction} = internals;
  const normalizeEncoding = internals.normalizeBufferEncoding;
  const {Transform} = internals.stream;
  const webcrypto = internals.webcrypto;

  // ------------------------------------------------------------ errors

  function invalidArgValue(name, value, reason = 'is invalid') {
    return withCode(new TypeError(
        `The argument '${name}' ${reason}. Received ${internals.inspect(value)}`),
    'ERR_INVALID_ARG_VALUE');
  }

  function hashFinalized() {
    return withCode(new Error('Digest already called'), 'ERR_CRYPTO_HASH_FINALIZED');
  }

  const kDataTypes = 'string or an instance of Buffer, TypedArray, or DataView';

  function validateString(value, name) {
    if (typeof value !== 'string') throw invalidArgType(name, 'string', value);
  }

  // options.outputLength: undefined, or a whole number of bytes up to 2^32 - 1.
  function outputLengthOption(options) {
    const length = options?.outputLength;
    if (length === undefined) return -1;
    if (typeof length !== 'number') {
      throw invalidArgType('options.outputLength', 'number', length);
    }
    if (!Number.isInteger(length)) throw outOfRange('options.outputLength', 'an integer', length);
    if (length < 0 || length > 2 ** 32 - 1) {
      throw outOfRange('options.outputLength', '>= 0 && <= 4294967295', length);
    }
    return length;
  }

  // ---------------------------------------------------- Hash and Hmac

  // The bytes to hash for update(data, inputEncoding): UTF-8 strings go to
  // the native side as they are; other encodings are decoded by Buffer.
  function inputOf(data, encoding) {
    if (typeof data === 'string') {
      const normalized = normalizeEncoding(encoding || 'utf8');
      if (normalized === undefined || normalized === 'utf8') return data;
      if (normalized === 'hex' && data.length % 2 !== 0) {
        throw invalidArgValue('encoding', encoding,
            `is invalid for data of length ${data.length}`);
      }
      return Buffer.from(data, normalized);
    }
    if (!isArrayBufferView(data)) throw invalidArgType('data', kDataTypes, data);
    return data;
  }

  // The digest's bytes as digest(outputEncoding) returns them: a Buffer, or
  // a string for a known encoding other than 'buffer'.
  function encodeDigest(bytes, outputEncoding) {
    const buffer = new FastBuffer(bytes);
    if (!outputEncoding) return buffer;
    const encoding = normalizeEncoding(`${outputEncoding}`);
    return encoding === undefined ? buffer : buffer.toString(encoding);
  }

  // Feeds data to a native handle, as update(data, inputEncoding) does.
  function updateHandle(handle, data, encoding) {
    if (!nativeHash.hashUpdate(handle, inputOf(data, encoding))) {
      throw withCode(new Error('Hash update failed'), 'ERR_CRYPTO_HASH_UPDATE_FAILED');
    }
  }

  // Hash and Hmac are Transform streams, as in Node, but most uses never
  // touch the stream side: its state is made on first use, by accessors on
  // a prototype between theirs and Transform's, rather than for every hash.
  function LazyTransform() {}
  Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
  Object.setPrototypeOf(LazyTransform, Transform);
  function startStream(object) {
    const stream = new Transform();
    for (const key of Object.keys(stream)) {
      Object.defineProperty(object, key, {
        value: stream[key], writable: true, enumerable: true, configurable: true,
      });
    }
  }
  for (const key of Object.keys(new Transform())) {
    Object.defineProperty(LazyTransform.prototype, key, {
      get() {
        startStream(this);
        return this[key];
      },
      set(value) {
        startStream(this);
        this[key] = value;
      },
      enumerable: false,
      configurable: true,
    });
  }

  // Hash and Hmac keep their native handles in private fields: the handle's
  // bytes are OpenSSL's state, so user code must never reach it.
  // Hash's constructor takes this token instead of an algorithm to wrap the
  // handle that copy() made.
  const kFromHandle = Symbol('kFromHandle');

  class Hash extends LazyTransform {
    #handle;
    #finalized = false;

    constructor(algorithm, options) {
      super();
      if (algorithm === kFromHandle) {
        this.#handle = options.handle;
        this._options = options.options;
        return;
      }
      validateString(algorithm, 'algorithm');
      const outputLength = outputLengthOption(options);
      const handle = nativeHash.hashCreate(algorithm, outputLength);
      if (handle === undefined) throw new Error('Digest method not supported');
      this.#handle = handle;
      this._options = options;
    }

    copy(options) {
      if (this.#finalized) throw hashFinalized();
      const handle = nativeHash.hashCopy(this.#handle, outputLengthOption(options));
      return new Hash(kFromHandle, {handle, options});
    }

    _transform(chunk, encoding, callback) {
      this.update(chunk, encoding);
      callback();
    }

    _flush(callback) {
      this.push(this.digest());
      callback();
    }

    update(data, inputEncoding) {
      if (this.#finalized) throw hashFinalized();
      updateHandle(this.#handle, data, inputEncoding);
      return this;
    }

    digest(outputEncoding) {
      if (this.#finalized) throw hashFinalized();
      const bytes = nativeHash.hashDigest(this.#handle);
      this.#finalized = true;
      return encodeDigest(bytes, outputEncoding);
    }
  }

  // The key's bytes: a string (in options.encoding, UTF-8 by default), an
  // ArrayBuffer or a view.
  function hmacKey(key, options) {
    if (typeof key === 'string') return Buffer.from(key, normalizeEncoding(options?.encoding));
    if (isArrayBufferView(key) || isAnyArrayBuffer(key)) return key;
    throw invalidArgType('key', 'string or an instance of ArrayBuffer, Buffer, TypedArray, ' +
        'DataView, KeyObject, or CryptoKey', key);
  }

  class Hmac extends LazyTransform {
    #handle;
    #finalized = false;

    constructor(hmac, key, options) {
      super();
      validateString(hmac, 'hmac');
      const handle = nativeHash.hmacCreate(hmac, hmacKey(key, options));
      if (handle === undefined) {
        throw withCode(new TypeError(`Invalid digest: ${hmac}`), 'ERR_CRYPTO_INVALID_DIGEST');
      }
      this.#handle = handle;
      this._options = options;
    }

    update(data, inputEncoding) {
      if (this.#finalized) throw hashFinalized();
      updateHandle(this.#handle, data, inputEncoding);
      return this;
    }

    // A second digest() gives empty output rather than an error, as in Node.
    digest(outputEncoding) {
      const encoding = outputEncoding || 'buffer';
      if (this.#finalized) return encoding === 'buffer' ? new FastBuffer(0) : '';
      const bytes = nativeHash.hashDigest(this.#handle);
      this.#finalized = true;
      return encodeDigest(bytes, encoding);
    }

    _flush(callback) {
      this.push(this.digest());
      callback();
    }

    _transform(chunk, encoding, callback) {
      this.update(chunk, encoding);
      callback();
    }
  }

  // Node 20's Hash and Hmac can also be called without `new`: the exported
  // functions construct the classes and share their prototypes, so
  // instanceof and .constructor still work.
  function callableWithoutNew(Class, length) {
    const callable = {[Class.name]: function(...args) { return new Class(...args); }}[Class.name];
    Object.defineProperty(callable, 'length', {value: length});
    Object.defineProperty(callable, 'prototype', {value: Class.prototype});
    Object.defineProperty(Class.prototype, 'constructor', {
      value: callable, writable: true, enumerable: false, configurable: true,
    });
    Object.setPrototypeOf(callable, LazyTransform);
    return callable;
  }
  const HashFunction = callableWithoutNew(Hash, 2);
  const HmacFunction = callableWithoutNew(Hmac, 3);

  function createHash(algorithm, options) {
    return new Hash(algorithm, options);
  }

  function createHmac(hmac, key, options) {
    return new Hmac(hmac, key, options);
  }

  // hash(algorithm, input[, outputEncoding]): a one-shot digest, hex by
  // default.
  function hash(algorithm, input, outputEncoding = 'hex') {
    validateString(algorithm, 'algorithm');
    if (typeof input !== 'string' && !isArrayBufferView(input)) {
      throw invalidArgType('input', kDataTypes, input);
    }
    validateString(outputEncoding, 'outputEncoding');
    const encoding = normalizeEncoding(outputEncoding);
    if (encoding === undefined && outputEncoding !== 'buffer') {
      throw invalidArgValue('outputEncoding', outputEncoding);
    }
    const bytes = nativeHash.hashOnce(algorithm, input);
    if (bytes === undefined) throw new Error(`Digest method ${algorithm} is not supported`);
    return encodeDigest(bytes, encoding);
  }

  let hashNames;
  function getHashes() {
    hashNames ??= nativeHash.hashNames();
    return hashNames.slice();
  }

  // ---------------------------------------------------------- random

  const kMaxRandomBytes = 2 ** 31 - 1;

  function validateNumber(value, name) {
    if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  }

  // Callbacks get their result on a later turn of the event loop, as when
  // Node's thread pool computes it.
  function later(callback, ...args) {
    setImmediate(() => callback(...args));
  }

  function randomBytes(size, callback) {
    validateNumber(size, 'size');
    if (Number.isNaN(size) || size < 0 || size > kMaxRandomBytes) {
      throw outOfRange('size', `>= 0 && <= ${kMaxRandomBytes}`, size);
    }
    if (callback !== undefined) validateFunction(callback, 'callback');
    const bytes = new FastBuffer(Math.trunc(size));
    internals.randomFill(bytes);
    if (callback === undefined) return bytes;
    // Node calls back at once when there is nothing to draw.
    if (bytes.length === 0) callback(null, bytes);
    else later(callback, null, bytes);
  }

  function validateBuffer(buffer) {
    if (!isAnyArrayBuffer(buffer) && !isArrayBufferView(buffer)) {
      throw invalidArgType('buf', 'an instance of ArrayBuffer or ArrayBufferView', buffer);
    }
  }

  // offset and size count elements of a typed array; these give bytes.
  function byteOffsetArgument(offset, elementSize, length) {
    validateNumber(offset, 'offset');
    offset *= elementSize;
    if (Number.isNaN(offset) || offset < 0 || offset > length) {
      throw outOfRange('offset', `>= 0 && <= ${length}`, offset);
    }
    return Math.trunc(offset);
  }

  function byteSizeArgument(size, elementSize, offset, length) {
    validateNumber(size, 'size');
    size *= elementSize;
    if (Number.isNaN(size) || size < 0 || size > kMaxRandomBytes) {
      throw outOfRange('size', `>= 0 && <= ${kMaxRandomBytes}`, size);
    }
    if (size + offset > length) throw outOfRange('size + offset', `<= ${length}`, size + offset);
    return Math.trunc(size);
  }

  // Fills `size` bytes from byte `offset` of an ArrayBuffer or view.
  function fillBytes(buffer, offset, size) {
    if (isArrayBufferView(buffer)) {
      internals.randomFill(new Uint8Array(buffer.buffer, buffer.byteOffset + offset, size));
    } else {
      internals.randomFill(new Uint8Array(buffer, offset, size));
    }
  }

  function elementSizeOf(buffer) {
    return buffer.BYTES_PER_ELEMENT || 1;
  }

  function randomFillSync(buf, offset = 0, size = undefined) {
    validateBuffer(buf);
    const elementSize = elementSizeOf(buf);
    offset = byteOffsetArgument(offset, elementSize, buf.byteLength);
    size = size === undefined ? buf.byteLength - offset :
      byteSizeArgument(size, elementSize, offset, buf.byteLength);
    fillBytes(buf, offset, size);
    return buf;
  }

  function randomFill(buf, offset, size, callback) {
    validateBuffer(buf);
    const elementSize = elementSizeOf(buf);
    if (typeof offset === 'function') {
      callback = offset;
      offset = 0;
      size = buf.byteLength;
    } else if (typeof size === 'function') {
      callback = size;
      offset = byteOffsetArgument(offset, elementSize, buf.byteLength);
      size = buf.byteLength - offset;
    } else {
      validateFunction(callback, 'callback');
      offset = byteOffsetArgument(offset, elementSize, buf.byteLength);
      if (size === undefined) size = buf.byteLength - offset;
      else size = byteSizeArgument(size, elementSize, offset, buf.byteLength);
    }
    fillBytes(buf, offset, size);
    // Node calls back at once when there is nothing to draw.
    if (size === 0) callback(null, buf);
    else later(callback, null, buf);
  }

  // randomInt draws 48-bit numbers and rejects those at or above the
  // largest multiple of the range, so every result is equally likely.
  const kMaxRandomIntRange = 2 ** 48 - 1;

  function notSafeInteger(name, value) {
    return withCode(new TypeError(
        `The "${name}" argument must be a safe integer. Received ${describeReceived(value)}`),
    'ERR_INVALID_ARG_TYPE');
  }

  function randomInt(min, max, callback) {
    // With one bound, the range is "max" in Node's messages, else "max - min".
    const onlyMax = max === undefined || typeof max === 'function';
    if (onlyMax) {
      callback = max;
      max = min;
      min = 0;
    }
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (!Number.isSafeInteger(min)) throw notSafeInteger('min', min);
    if (!Number.isSafeInteger(max)) throw notSafeInteger('max', max);
    if (max <= min) {
      throw withCode(new RangeError(
          `The value of "max" is out of range. It must be greater than the value of "min" ` +
          `(${min}). Received ${max}`), 'ERR_OUT_OF_RANGE');
    }
    const range = max - min;
    if (!(range <= kMaxRandomIntRange)) {
      throw outOfRange(onlyMax ? 'max' : 'max - min', `<= ${kMaxRandomIntRange}`, range);
    }
    const limit = 2 ** 48 - (2 ** 48 % range);
    const bytes = new Uint8Array(6);
    let value;
    do {
      internals.randomFill(bytes);
      value = 0;
      for (const byte of bytes) value = value * 256 + byte;
    } while (value >= limit);
    const result = min + (value % range);
    if (callback === undefined) return result;
    internals.nextTick(callback, undefined, result);
  }

  function randomUUID(options) {
    if (options !== undefined) {
      if (options === null || typeof options !== 'object') {
        throw invalidArgType('options', 'object', options);
      }
      const disable = options.disableEntropyCache;
      if (disable !== undefined && typeof disable !== 'boolean') {
        throw invalidArgType('options.disableEntropyCache', 'boolean', disable);
      }
    }
    return internals.randomUUID();
  }

  function getRandomValues(array) {
    return webcrypto.getRandomValues(array);
  }

  // ------------------------------------------------------------ compare

  function timingSafeEqual(buf1, buf2) {
    for (const [name, value] of [['buf1', buf1], ['buf2', buf2]]) {
      if (!isAnyArrayBuffer(value) && !isArrayBufferView(value)) {
        throw withCode(new TypeError(`The "${name}" argument must be an instance of ` +
            'ArrayBuffer, Buffer, TypedArray, or DataView.'), 'ERR_INVALID_ARG_TYPE');
      }
    }
    if (buf1.byteLength !== buf2.byteLength) {
      throw withCode(new RangeError('Input buffers must have the same byte length'),
          'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH');
    }
    return nativeCrypto.timingSafeEqual(buf1, buf2);
  }

  // Node's is a native function that declares no parameters.
  Object.defineProperty(timingSafeEqual, 'length', {value: 0});

  const cryptoModule = {
    createHash,
    createHmac,
    getHashes,
    hash,
    randomBytes,
    randomFill,
    randomFillSync,
    randomInt,
    randomUUID,
    timingSafeEqual,
    getRandomValues,
    Hash: HashFunction,
    Hmac: HmacFunction,
  };
  Object.defineProperties(cryptoModule, {
    webcrypto: {get() { return webcrypto; }, enumerable: true, configurable: false},
    subtle: {get() { return webcrypto.subtle; }, enumerable: true, configurable: false},
  });
  internals.defineBuiltin('crypto', () => cryptoModule);
})();

// require('module').builtinModules was listed before this file ran.
for (const name of ['crypto']) {
  if (!internals.Module.builtinModules.includes(name)) internals.Module.builtinModules.push(name);
}
