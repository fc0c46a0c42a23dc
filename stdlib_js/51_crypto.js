// The Web Crypto subset: globalThis.crypto (a Crypto) with getRandomValues,
// randomUUID and subtle.digest (SHA-1, SHA-256, SHA-384, SHA-512), shaped and
// checked the way Node 20 does it. binding.crypto does the work with OpenSSL.
// Nothing random is drawn while the snapshot is built.
'use strict';

const nativeCrypto = binding.crypto;
const {createDOMException} = internals;
const {apply} = Reflect;

const withCode = internals.withCode;

function invalidThis(type) {
  return withCode(new TypeError(`Value of "this" must be of type ${type}`), 'ERR_INVALID_THIS');
}

function illegalConstructor() {
  return withCode(new TypeError('Illegal constructor'), 'ERR_ILLEGAL_CONSTRUCTOR');
}

// Node's WebIDL helpers (lib/internal/crypto/webidl.js), their messages.
function requiredArguments(length, required, prefix) {
  if (length < required) {
    throw withCode(new TypeError(
        `${prefix}: ${required} argument${required === 1 ? '' : 's'} required, ` +
        `but only ${length} present.`), 'ERR_MISSING_ARGS');
  }
}

function webidlError(message, prefix, context) {
  return withCode(new TypeError(`${prefix}: ${context} ${message}`), 'ERR_INVALID_ARG_TYPE');
}

function toDOMString(value, prefix, context) {
  if (typeof value === 'symbol') {
    throw webidlError('is a Symbol and cannot be converted to a string.', prefix, context);
  }
  return `${value}`;
}

// The engine's own checks, captured while the snapshot is built, so that
// user code replacing prototype properties cannot fool them.
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag =
    Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const typedArrayBuffer = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'buffer').get;
const typedArrayByteLength =
    Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteLength').get;
const dataViewBuffer = Object.getOwnPropertyDescriptor(DataView.prototype, 'buffer').get;
const arrayBufferByteLength =
    Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const {isView} = ArrayBuffer;
const {toUpperCase} = String.prototype;

function succeeds(getter, value) {
  try {
    apply(getter, value, []);
    return true;
  } catch {
    return false;
  }
}

// 'Uint8Array', 'Float64Array', ... for a typed array; undefined otherwise.
function typedArrayKind(value) {
  return apply(typedArrayTag, value, []);
}

function isArrayBuffer(value) {
  return value !== null && typeof value === 'object' && succeeds(arrayBufferByteLength, value);
}

function viewBuffer(view) {
  return typedArrayKind(view) !== undefined ?
      apply(typedArrayBuffer, view, []) : apply(dataViewBuffer, view, []);
}

// WebIDL BufferSource: an ArrayBuffer or a view on one (not shared).
function toBufferSource(value, prefix, context) {
  if (isView(value)) {
    if (!isArrayBuffer(viewBuffer(value))) {
      throw webidlError('is a view on a SharedArrayBuffer, which is not allowed.',
                        prefix, context);
    }
    return value;
  }
  if (!isArrayBuffer(value)) {
    throw webidlError('is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.',
                      prefix, context);
  }
  return value;
}

// Random bytes for the JS standard library (and a later node:crypto).
internals.randomFill = function randomFill(view) {
  nativeCrypto.randomFill(view);
  return view;
};
internals.randomBytes = function randomBytes(size) {
  return internals.randomFill(new Uint8Array(size));
};
internals.randomUUID = function randomUUID() {
  return nativeCrypto.randomUUID();
};
// The digest of an ArrayBuffer or view with an OpenSSL digest name ('sha256',
// 'md5', ...), computed at once, as an ArrayBuffer; undefined for an unknown
// name.
internals.digest = function digest(name, data) {
  return nativeCrypto.digest(name, data);
};

// The digests Web Crypto names, and OpenSSL's names for them.
const kDigests = {
  __proto__: null,
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
};

// AlgorithmIdentifier: (object or DOMString).
function toAlgorithmIdentifier(value, prefix, context) {
  if ((typeof value === 'object' && value !== null) || typeof value === 'function') {
    return value;
  }
  return toDOMString(value, prefix, context);
}

// Node's normalizeAlgorithm for 'digest': the registered name whose upper case
// matches the given name's.
function normalizeDigestName(algorithm) {
  if (typeof algorithm === 'string') algorithm = {name: algorithm};
  const prefix = 'Failed to normalize algorithm';
  const rawName = algorithm.name;
  if (rawName === undefined) {
    throw withCode(new TypeError(
        `${prefix}: passed algorithm can not be converted to 'Algorithm' because ` +
        "'name' is required in 'Algorithm'."), 'ERR_MISSING_OPTION');
  }
  const name = toDOMString(rawName, prefix, "'name' of 'Algorithm' (passed algorithm)");
  const upper = apply(toUpperCase, name, []);
  for (const known in kDigests) {
    if (apply(toUpperCase, known, []) === upper) return known;
  }
  throw createDOMException('Unrecognized algorithm name', 'NotSupportedError');
}

const kMaxRandomValuesBytes = 65536;
// Constructing Crypto and SubtleCrypto takes this key; user code gets
// "Illegal constructor", as in Node.
const kConstructKey = Symbol('kConstructKey');
let crypto;
let subtle;

class SubtleCrypto {
  constructor(key = undefined) {
    if (key !== kConstructKey) throw illegalConstructor();
  }

  // Resolves to the digest as an ArrayBuffer. The bytes are read before
  // digest returns, so changing them afterwards does not change the result.
  async digest(algorithm, data) {
    if (this !== subtle) throw invalidThis('SubtleCrypto');
    const prefix = "Failed to execute 'digest' on 'SubtleCrypto'";
    requiredArguments(arguments.length, 2, prefix);
    algorithm = toAlgorithmIdentifier(algorithm, prefix, '1st argument');
    data = toBufferSource(data, prefix, '2nd argument');
    const name = normalizeDigestName(algorithm);
    return nativeCrypto.digest(kDigests[name], data);
  }
}

class Crypto {
  constructor(key = undefined) {
    if (key !== kConstructKey) throw illegalConstructor();
  }

  get subtle() {
    if (this !== crypto) throw invalidThis('Crypto');
    return subtle;
  }

  // Fills an integer typed array (at most 65,536 bytes) with random values
  // and returns it.
  getRandomValues(data) {
    if (this !== crypto) throw invalidThis('Crypto');
    requiredArguments(arguments.length, 1, "Failed to execute 'getRandomValues' on 'Crypto'");
    const kind = typedArrayKind(data);
    if (kind === undefined || kind === 'Float32Array' || kind === 'Float64Array') {
      throw createDOMException('The data argument must be an integer-type TypedArray',
                               'TypeMismatchError');
    }
    if (apply(typedArrayByteLength, data, []) > kMaxRandomValuesBytes) {
      throw createDOMException('The requested length exceeds 65,536 bytes',
                               'QuotaExceededError');
    }
    nativeCrypto.randomFill(data);
    return data;
  }

  // A random version 4 UUID, lowercase.
  randomUUID() {
    if (this !== crypto) throw invalidThis('Crypto');
    return nativeCrypto.randomUUID();
  }
}

// Node's attributes: methods and accessors enumerable, a read-only tag.
function exposeMembers(prototype, tag, names) {
  for (const name of names) {
    Object.defineProperty(prototype, name, {enumerable: true});
  }
  Object.defineProperty(prototype, Symbol.toStringTag, {
    value: tag, writable: false, enumerable: false, configurable: true,
  });
}
exposeMembers(Crypto.prototype, 'Crypto', ['subtle', 'getRandomValues', 'randomUUID']);
exposeMembers(SubtleCrypto.prototype, 'SubtleCrypto', ['digest']);

crypto = new Crypto(kConstructKey);
subtle = new SubtleCrypto(kConstructKey);
// For node:crypto's webcrypto, which stays this object even if user code
// replaces globalThis.crypto.
internals.webcrypto = crypto;

// globalThis.crypto is a getter without a setter, as in Node 20.
Object.defineProperty(globalThis, 'crypto', {
  ...Object.getOwnPropertyDescriptor({get crypto() { return crypto; }}, 'crypto'),
  enumerable: true, configurable: true,
});

// Crypto and SubtleCrypto are exposed like Node's lazily loaded interfaces:
// an accessor pair that turns into a plain writable property when read or
// assigned.
function exposeInterface(name, value) {
  const set = {
    [`set ${name}`](newValue) {
      Object.defineProperty(globalThis, name, {value: newValue, writable: true});
    },
  }[`set ${name}`];
  const get = {
    [`get ${name}`]() {
      set(value);
      return value;
    },
  }[`get ${name}`];
  Object.defineProperty(globalThis, name, {get, set, enumerable: false, configurable: true});
}
exposeInterface('Crypto', Crypto);
exposeInterface('SubtleCrypto', SubtleCrypto);
