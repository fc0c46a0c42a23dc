// node:buffer and the global Buffer, shaped like Node 20's lib/buffer.js:
// Buffer.prototype is a Uint8Array subclass's prototype (FastBuffer), Buffer
// itself is a function callable with or without `new`, and the methods,
// checks and error messages follow Node's.
//
// The byte loops of the string encodings are native: bindings/buffer_module.cc
// (hex, base64, UCS-2, latin1 writes, UTF-8 length and writes) and the
// encoding module (UTF-8 and latin1 decoding).
'use strict';

const nativeBuffer = binding.buffer;
const {decodeUtf8, decodeWindows1252} = binding.encoding;

const kMaxLength = 2 ** 32;
const kStringMaxLength = 0x1fffffe8;
let INSPECT_MAX_BYTES = 50;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const typedArraySet = TypedArrayPrototype.set;
const typedArrayFill = TypedArrayPrototype.fill;
const arrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;

function isUint8Array(value) {
  return ArrayBuffer.isView(value) && typedArrayTag.call(value) === 'Uint8Array';
}

function isAnyArrayBuffer(value) {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return false;
  try {
    arrayBufferByteLength.call(value);
    return true;
  } catch {}
  if (typeof SharedArrayBuffer !== 'function') return false;
  try {
    Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get.call(value);
    return true;
  } catch {}
  return false;
}

// ---------------------------------------------------------------------------
// Errors, with Node's codes and messages.

const withCode = internals.withCode;

// "Received ..." as Node writes it (01_errors.js).
const received = internals.describeReceived;

const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object',
  'boolean', 'bigint', 'symbol'];
const classRegExp = /^([A-Z][a-z0-9]*)+$/;

function joinList(list, prefix) {
  if (list.length > 2) return `${prefix}${list.slice(0, -1).join(', ')}, or ${list[list.length - 1]}`;
  if (list.length === 2) return `${prefix}${list[0]} or ${list[1]}`;
  return `${prefix}${list[0]}`;
}

// ERR_INVALID_ARG_TYPE with Node's wording for a list of expected types.
function invalidArgType(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let message = 'The ';
  if (name.endsWith(' argument')) {
    message += `${name} `;
  } else {
    message += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  }
  message += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  if (types.length > 0) {
    message += types.length > 1 ? joinList(types, 'one of type ') : `of type ${types[0]}`;
    if (instances.length > 0 || other.length > 0) message += ' or ';
  }
  if (instances.length > 0) {
    message += joinList(instances, 'an instance of ');
    if (other.length > 0) message += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) {
      message += joinList(other, 'one of ');
    } else {
      if (other[0].toLowerCase() !== other[0]) message += 'an ';
      message += other[0];
    }
  }
  message += `. Received ${received(actual)}`;
  return withCode(new TypeError(message), 'ERR_INVALID_ARG_TYPE');
}

const outOfRange = internals.outOfRange;

function bufferOutOfBounds(name) {
  return withCode(new RangeError(name ? `"${name}" is outside of buffer bounds` :
    'Attempt to access memory outside buffer bounds'), 'ERR_BUFFER_OUT_OF_BOUNDS');
}

function unknownEncoding(encoding) {
  return withCode(new TypeError(`Unknown encoding: ${encoding}`), 'ERR_UNKNOWN_ENCODING');
}

function invalidArgValue(name, value) {
  return withCode(new TypeError(
      `The argument '${name}' is invalid. Received ${internals.inspect(value)}`),
  'ERR_INVALID_ARG_VALUE');
}

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    throw outOfRange(name, `${min != null ? `>= ${min}` : ''}` +
        `${min != null && max != null ? ' && ' : ''}${max != null ? `<= ${max}` : ''}`, value);
  }
}

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'string', value);
}

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw outOfRange(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw bufferOutOfBounds();
  throw outOfRange(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// ---------------------------------------------------------------------------
// Encodings

function normalizeEncoding(encoding) {
  if (encoding == null || encoding === 'utf8' || encoding === 'utf-8') return 'utf8';
  if (typeof encoding !== 'string') encoding = `${encoding}`;
  switch (encoding.toLowerCase()) {
    case '':
    case 'utf8':
    case 'utf-8':
      return 'utf8';
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le';
    case 'latin1':
    case 'binary':
      return 'latin1';
    case 'base64':
    case 'base64url':
    case 'hex':
    case 'ascii':
      return encoding.toLowerCase();
    default:
      return undefined;
  }
}

function base64ByteLength(string, bytes) {
  if (string.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && string.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

function sliceView(buf, start, end) {
  return start === 0 && end === buf.length ? buf :
    new Uint8Array(buf.buffer, buf.byteOffset + start, end - start);
}

function utf8Slice(buf, start, end) {
  return decodeUtf8(sliceView(buf, start, end), true, false);
}

function latin1Slice(buf, start, end) {
  return decodeWindows1252(sliceView(buf, start, end), true);
}

const encodingOps = {
  utf8: {
    encoding: 'utf8',
    byteLength: nativeBuffer.byteLengthUtf8,
    write: (buf, string, offset, len) => nativeBuffer.writeUtf8(string, buf, offset, len),
    slice: utf8Slice,
  },
  utf16le: {
    encoding: 'utf16le',
    byteLength: (string) => string.length * 2,
    write: (buf, string, offset, len) => nativeBuffer.writeUcs2(string, buf, offset, len),
    slice: nativeBuffer.ucs2Slice,
  },
  latin1: {
    encoding: 'latin1',
    byteLength: (string) => string.length,
    write: (buf, string, offset, len) => nativeBuffer.writeLatin1(string, buf, offset, len),
    slice: latin1Slice,
  },
  ascii: {
    encoding: 'ascii',
    byteLength: (string) => string.length,
    write: (buf, string, offset, len) => nativeBuffer.writeLatin1(string, buf, offset, len),
    slice: nativeBuffer.asciiSlice,
  },
  base64: {
    encoding: 'base64',
    byteLength: (string) => base64ByteLength(string, string.length),
    write: (buf, string, offset, len) => nativeBuffer.writeBase64(string, buf, offset, len),
    slice: nativeBuffer.base64Slice,
  },
  base64url: {
    encoding: 'base64url',
    byteLength: (string) => base64ByteLength(string, string.length),
    write: (buf, string, offset, len) => nativeBuffer.writeBase64(string, buf, offset, len),
    slice: nativeBuffer.base64urlSlice,
  },
  hex: {
    encoding: 'hex',
    byteLength: (string) => string.length >>> 1,
    write: (buf, string, offset, len) => nativeBuffer.writeHex(string, buf, offset, len),
    slice: nativeBuffer.hexSlice,
  },
};

// Unlike normalizeEncoding, '', null and undefined name no encoding here.
function getEncodingOps(encoding) {
  encoding = `${encoding}`;
  if (encoding === '') return undefined;
  const normalized = normalizeEncoding(encoding);
  return normalized === undefined ? undefined : encodingOps[normalized];
}

// ---------------------------------------------------------------------------
// Buffer, FastBuffer and the pool

class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

let poolSize;
let poolOffset;
let allocPool;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = new ArrayBuffer(poolSize);
  poolOffset = 0;
}

function alignPool() {
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

// A pool slice of `size` bytes, or a fresh buffer for big sizes.
function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (allocPool === undefined || size > poolSize - poolOffset) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return new FastBuffer(size);
}

function Buffer(arg, encodingOrOffset, length) {
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw invalidArgType('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null, enumerable: false, configurable: true, get() { return FastBuffer; },
});

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);
Object.defineProperty(FastBuffer.prototype, 'constructor', {enumerable: false});

Buffer.poolSize = 8 * 1024;

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw unknownEncoding(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  const length = ops.byteLength(string);
  if (length >= (Buffer.poolSize >>> 1)) {
    const b = new FastBuffer(length);
    const actual = ops.write(b, string, 0, length);
    return actual === length ? b : new FastBuffer(b.buffer, 0, actual);
  }
  if (allocPool === undefined || length > poolSize - poolOffset) createPool();
  let b = new FastBuffer(allocPool, poolOffset, length);
  const actual = ops.write(b, string, 0, length);
  if (actual !== length) b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw bufferOutOfBounds('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw bufferOutOfBounds('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  if (obj.length < (Buffer.poolSize >>> 1)) {
    const b = allocate(obj.length);
    typedArraySet.call(b, obj, 0);
    return b;
  }
  return new FastBuffer(Uint8Array.from(obj).buffer);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw invalidArgType('first argument',
                       ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!ArrayBuffer.isView(view) || typedArrayTag.call(view) === undefined) {
    throw invalidArgType('view', ['TypedArray'], view);
  }
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateNumber(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateNumber(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.subarray(offset, end);
  }
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  const b = allocate(bytes.length);
  typedArraySet.call(b, bytes, 0);
  return b;
};

Buffer.of = function of(...items) {
  const b = new FastBuffer(items.length);
  for (let k = 0; k < items.length; k++) b[k] = items[k];
  return b;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = new FastBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
};

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

function compareBytes(a, aStart, aEnd, b, bStart, bEnd) {
  const aLength = aEnd - aStart;
  const bLength = bEnd - bStart;
  const length = Math.min(aLength, bLength);
  for (let i = 0; i < length; i++) {
    const x = a[aStart + i];
    const y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  return aLength < bLength ? -1 : aLength > bLength ? 1 : 0;
}

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw invalidArgType('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw invalidArgType('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return compareBytes(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
      normalizeEncoding(encoding) !== undefined;
};

function _copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) {
    sourceEnd = sourceStart + target.length - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.length - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  if (sourceStart !== 0 || sourceEnd < source.length) {
    source = new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
  }
  typedArraySet.call(target, source, targetStart);
  return nb;
}

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw invalidArgType('list', 'Array', list);
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw invalidArgType(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += _copyActual(buf, buffer, pos, 0, buf.length);
  }
  if (pos < length) typedArrayFill.call(buffer, 0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw invalidArgType('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  if (len === 0) return 0;
  if (!encoding) return nativeBuffer.byteLengthUtf8(string);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) return nativeBuffer.byteLengthUtf8(string);
  return ops.byteLength(string);
}
Buffer.byteLength = byteLength;

// ---------------------------------------------------------------------------
// Buffer.prototype

const proto = Buffer.prototype;

Object.defineProperty(proto, 'parent', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(proto, 'offset', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

for (const name of ['ascii', 'base64', 'base64url', 'latin1', 'hex', 'ucs2', 'utf8']) {
  const ops = encodingOps[name === 'ucs2' ? 'utf16le' : name];
  proto[`${name}Slice`] = function(start = 0, end = this.length) {
    if (start > this.length || end > this.length) {
      throw withCode(new RangeError('Index out of range'), 'ERR_OUT_OF_RANGE');
    }
    return end > start ? ops.slice(this, start, end) : '';
  };
  proto[`${name}Write`] = function(string, offset = 0, length = this.length - offset) {
    validateWriteString(string);
    if (offset > this.length) throw bufferOutOfBounds('offset');
    return ops.write(this, string, offset, length);
  };
}

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!ArrayBuffer.isView(this)) throw invalidArgType('source', ['Buffer', 'Uint8Array'], this);
  if (!isUint8Array(target)) throw invalidArgType('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw outOfRange('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > this.length) {
      throw outOfRange('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = this.length;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw outOfRange('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return _copyActual(this, target, targetStart, sourceStart, sourceEnd);
};

function toInteger(n, defaultValue) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return defaultValue;
}

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return utf8Slice(this, 0, this.length);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return utf8Slice(this, start, end);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw unknownEncoding(encoding);
  return ops.slice(this, start, end);
};

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw invalidArgType('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return this.byteLength === 0 ||
      compareBytes(this, 0, this.length, otherBuffer, 0, otherBuffer.length) === 0;
};

function getOwnNonIndexProperties(value, showHidden) {
  const keys = showHidden ? Reflect.ownKeys(value) : Object.keys(value);
  return keys.filter((key) => typeof key !== 'string' || !/^(0|[1-9][0-9]*)$/.test(key));
}

proto[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = nativeBuffer.hexSlice(this, 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    let extras = false;
    const obj = {__proto__: null};
    for (const key of getOwnNonIndexProperties(this, ctx.showHidden)) {
      if (!ctx.showHidden && !Object.prototype.propertyIsEnumerable.call(this, key)) continue;
      extras = true;
      obj[key] = this[key];
    }
    if (extras) {
      if (this.length !== 0) str += ', ';
      str += internals.inspect(obj, {...ctx, breakLength: Infinity, compact: true}).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
proto.inspect = proto[customInspectSymbol];

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw invalidArgType('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return Buffer.compare(this, target);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return compareBytes(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
};

// Node's IndexOfOffset (src/node_buffer.cc).
function indexOfOffset(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (forward) return -1;
  return length - 1;
}

function indexOfBytes(buffer, needle, byteOffset, forward) {
  const length = buffer.length;
  const needleLength = needle.length;
  const start = indexOfOffset(length, byteOffset, needleLength, forward);
  if (needleLength === 0) return start;
  if (length === 0 || start <= -1) return -1;
  if ((forward && needleLength + start > length) || needleLength > length) return -1;
  const first = needle[0];
  if (forward) {
    const last = length - needleLength;
    for (let i = start; i <= last; i++) {
      if (buffer[i] !== first) continue;
      let j = 1;
      while (j < needleLength && buffer[i + j] === needle[j]) j++;
      if (j === needleLength) return i;
    }
  } else {
    for (let i = Math.min(start, length - needleLength); i >= 0; i--) {
      if (buffer[i] !== first) continue;
      let j = 1;
      while (j < needleLength && buffer[i + j] === needle[j]) j++;
      if (j === needleLength) return i;
    }
  }
  return -1;
}

function indexOfNumber(buffer, value, byteOffset, forward) {
  const needle = value & 255;
  const start = indexOfOffset(buffer.length, byteOffset, 1, forward);
  if (start <= -1 || buffer.length === 0) return -1;
  if (forward) return Uint8Array.prototype.indexOf.call(buffer, needle, start);
  return Uint8Array.prototype.lastIndexOf.call(buffer, needle, start);
}

function bidirectionalIndexOf(buffer, value, byteOffset, encoding, forward) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : (buffer.length || buffer.byteLength);
  byteOffset = Math.trunc(byteOffset);
  if (typeof value === 'number') return indexOfNumber(buffer, value >>> 0, byteOffset, forward);
  let ops;
  if (encoding === undefined) ops = encodingOps.utf8;
  else ops = getEncodingOps(encoding);
  if (typeof value === 'string') {
    if (ops === undefined) throw unknownEncoding(encoding);
    const needle = fromString(value, ops.encoding);
    if (value.length > 0 && needle.length === 0) return -1;
    return indexOfBytes(buffer, needle, byteOffset, forward);
  }
  if (isUint8Array(value)) return indexOfBytes(buffer, value, byteOffset, forward);
  throw invalidArgType('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
}

proto.indexOf = function indexOf(value, byteOffset, encoding) {
  return bidirectionalIndexOf(this, value, byteOffset, encoding, true);
};

proto.lastIndexOf = function lastIndexOf(value, byteOffset, encoding) {
  return bidirectionalIndexOf(this, value, byteOffset, encoding, false);
};

proto.includes = function includes(value, byteOffset, encoding) {
  return this.indexOf(value, byteOffset, encoding) !== -1;
};

function _fill(buf, value, offset, end, encoding) {
  let normalized;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      validateString(encoding, 'encoding');
      throw unknownEncoding(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (normalized === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalized === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
  } else {
    encoding = undefined;
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    if (end - offset + offset > buf.byteLength) throw bufferOutOfBounds();
    typedArrayFill.call(buf, value, offset, end);
    return buf;
  }
  let pattern;
  if (typeof value === 'string') {
    pattern = fromString(value, normalized);
    if (pattern.length === 0) throw invalidArgValue('value', value);
  } else if (isUint8Array(value)) {
    pattern = value;
    if (pattern.length === 0) throw invalidArgValue('value', value);
  } else if (ArrayBuffer.isView(value)) {
    pattern = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    if (pattern.length === 0) throw invalidArgValue('value', value);
  } else {
    typedArrayFill.call(buf, Number(value) & 255, offset, end);
    return buf;
  }
  if (offset > buf.length || end > buf.length) throw bufferOutOfBounds();
  pattern = Uint8Array.from(pattern);
  for (let i = offset, k = 0; i < end; i++) {
    buf[i] = pattern[k];
    if (++k === pattern.length) k = 0;
  }
  return buf;
}

proto.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

// What Node's native writers throw for a string that is not one.
function validateWriteString(string) {
  if (typeof string !== 'string') {
    throw withCode(new TypeError('argument must be a string'), 'ERR_INVALID_ARG_TYPE');
  }
}

proto.write = function write(string, offset, length, encoding) {
  validateWriteString(string);
  if (offset === undefined) return nativeBuffer.writeUtf8(string, this, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return nativeBuffer.writeUtf8(string, this, offset, length);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw unknownEncoding(encoding);
  return ops.write(this, string, offset, length);
};

proto.toJSON = function toJSON() {
  const data = new Array(this.length);
  for (let i = 0; i < this.length; ++i) data[i] = this[i];
  return {type: 'Buffer', data};
};

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return Number.isNaN(offset) ? 0 : length;
}

proto.subarray = function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
};

proto.slice = function slice(start, end) {
  return this.subarray(start, end);
};

function invalidBufferSize(bits) {
  return withCode(new RangeError(`Buffer size must be a multiple of ${bits}`),
                  'ERR_INVALID_BUFFER_SIZE');
}

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

proto.swap16 = function swap16() {
  const len = this.length;
  if (len % 2 !== 0) throw invalidBufferSize('16-bits');
  for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
  return this;
};

proto.swap32 = function swap32() {
  const len = this.length;
  if (len % 4 !== 0) throw invalidBufferSize('32-bits');
  for (let i = 0; i < len; i += 4) {
    swap(this, i, i + 3);
    swap(this, i + 1, i + 2);
  }
  return this;
};

proto.swap64 = function swap64() {
  const len = this.length;
  if (len % 8 !== 0) throw invalidBufferSize('64-bits');
  for (let i = 0; i < len; i += 8) {
    swap(this, i, i + 7);
    swap(this, i + 1, i + 6);
    swap(this, i + 2, i + 5);
    swap(this, i + 3, i + 4);
  }
  return this;
};

proto.toLocaleString = proto.toString;

// ---------------------------------------------------------------------------
// Reads and writes of numbers (lib/internal/buffer.js)

function checkBounds(buf, offset, byteLength) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined) {
    boundsError(offset, buf.length - (byteLength + 1));
  }
}

function readUnsigned(buf, offset, n, bigEndian) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + n - 1] === undefined) {
    boundsError(offset, buf.length - n);
  }
  let value = 0;
  let mul = 1;
  for (let i = 0; i < n; i++) {
    value += buf[bigEndian ? offset + n - 1 - i : offset + i] * mul;
    mul *= 256;
  }
  return value;
}

function readSigned(buf, offset, n, bigEndian) {
  const value = readUnsigned(buf, offset, n, bigEndian);
  const limit = 2 ** (8 * n - 1);
  return value >= limit ? value - 2 * limit : value;
}

function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength > 3) {
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${(byteLength + 1) * 8}${n}`;
      } else {
        range = `>= -(2${n} ** ${(byteLength + 1) * 8 - 1}${n}) and ` +
                `< 2${n} ** ${(byteLength + 1) * 8 - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw outOfRange('value', range, value);
  }
  checkBounds(buf, offset, byteLength);
}

function writeInteger(buf, value, offset, n, min, max, bigEndian) {
  value = +value;
  if (n === 1) {
    validateNumber(offset, 'offset');
    if (value > max || value < min) throw outOfRange('value', `>= ${min} and <= ${max}`, value);
    if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
    buf[offset] = value;
    return offset + 1;
  }
  checkInt(value, min, max, buf, offset, n - 1);
  const low = value >>> 0;
  const high = Math.floor(value * 2 ** -32);
  for (let i = 0; i < n; i++) {
    const byte = i < 4 ? (low >>> (8 * i)) & 0xff : (high >>> (8 * (i - 4))) & 0xff;
    buf[bigEndian ? offset + n - 1 - i : offset + i] = byte;
  }
  return offset + n;
}

for (const [name, n] of [['8', 1], ['16', 2], ['32', 4]]) {
  for (const endian of n === 1 ? [''] : ['LE', 'BE']) {
    const bigEndian = endian === 'BE';
    const umax = 2 ** (8 * n) - 1;
    const smax = 2 ** (8 * n - 1) - 1;
    const smin = -(2 ** (8 * n - 1));
    const methods = {
      [`readUInt${name}${endian}`](offset = 0) {
        return readUnsigned(this, offset, n, bigEndian);
      },
      [`readInt${name}${endian}`](offset = 0) {
        return readSigned(this, offset, n, bigEndian);
      },
      [`writeUInt${name}${endian}`](value, offset = 0) {
        return writeInteger(this, value, offset, n, 0, umax, bigEndian);
      },
      [`writeInt${name}${endian}`](value, offset = 0) {
        return writeInteger(this, value, offset, n, smin, smax, bigEndian);
      },
    };
    for (const [key, fn] of Object.entries(methods)) proto[key] = fn;
  }
}

function byteLengthOf(byteLength) {
  if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) return byteLength;
  boundsError(byteLength, 6, 'byteLength');
  return 0;
}

proto.readUIntLE = function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw invalidArgType('offset', 'number', offset);
  return readUnsigned(this, offset, byteLengthOf(byteLength), false);
};
proto.readUIntBE = function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw invalidArgType('offset', 'number', offset);
  return readUnsigned(this, offset, byteLengthOf(byteLength), true);
};
proto.readIntLE = function readIntLE(offset, byteLength) {
  if (offset === undefined) throw invalidArgType('offset', 'number', offset);
  return readSigned(this, offset, byteLengthOf(byteLength), false);
};
proto.readIntBE = function readIntBE(offset, byteLength) {
  if (offset === undefined) throw invalidArgType('offset', 'number', offset);
  return readSigned(this, offset, byteLengthOf(byteLength), true);
};
proto.writeUIntLE = function writeUIntLE(value, offset, byteLength) {
  const n = byteLengthOf(byteLength);
  return writeInteger(this, value, offset, n, 0, 2 ** (8 * n) - 1, false);
};
proto.writeUIntBE = function writeUIntBE(value, offset, byteLength) {
  const n = byteLengthOf(byteLength);
  return writeInteger(this, value, offset, n, 0, 2 ** (8 * n) - 1, true);
};
proto.writeIntLE = function writeIntLE(value, offset, byteLength) {
  const n = byteLengthOf(byteLength);
  return writeInteger(this, value, offset, n, -(2 ** (8 * n - 1)), 2 ** (8 * n - 1) - 1, false);
};
proto.writeIntBE = function writeIntBE(value, offset, byteLength) {
  const n = byteLengthOf(byteLength);
  return writeInteger(this, value, offset, n, -(2 ** (8 * n - 1)), 2 ** (8 * n - 1) - 1, true);
};

// Floats go through a scratch array; this host is little-endian.
const float32Array = new Float32Array(1);
const float64Array = new Float64Array(1);
const float32Bytes = new Uint8Array(float32Array.buffer);
const float64Bytes = new Uint8Array(float64Array.buffer);

function readFloatBytes(buf, offset, bytes, bigEndian) {
  const n = bytes.length;
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + n - 1] === undefined) {
    boundsError(offset, buf.length - n);
  }
  for (let i = 0; i < n; i++) bytes[bigEndian ? n - 1 - i : i] = buf[offset + i];
}

function writeFloatBytes(buf, offset, bytes, bigEndian) {
  const n = bytes.length;
  checkBounds(buf, offset, n - 1);
  for (let i = 0; i < n; i++) buf[offset + i] = bytes[bigEndian ? n - 1 - i : i];
  return offset + n;
}

proto.readFloatLE = function readFloatLE(offset = 0) {
  readFloatBytes(this, offset, float32Bytes, false);
  return float32Array[0];
};
proto.readFloatBE = function readFloatBE(offset = 0) {
  readFloatBytes(this, offset, float32Bytes, true);
  return float32Array[0];
};
proto.readDoubleLE = function readDoubleLE(offset = 0) {
  readFloatBytes(this, offset, float64Bytes, false);
  return float64Array[0];
};
proto.readDoubleBE = function readDoubleBE(offset = 0) {
  readFloatBytes(this, offset, float64Bytes, true);
  return float64Array[0];
};
proto.writeFloatLE = function writeFloatLE(value, offset = 0) {
  float32Array[0] = +value;
  return writeFloatBytes(this, offset, float32Bytes, false);
};
proto.writeFloatBE = function writeFloatBE(value, offset = 0) {
  float32Array[0] = +value;
  return writeFloatBytes(this, offset, float32Bytes, true);
};
proto.writeDoubleLE = function writeDoubleLE(value, offset = 0) {
  float64Array[0] = +value;
  return writeFloatBytes(this, offset, float64Bytes, false);
};
proto.writeDoubleBE = function writeDoubleBE(value, offset = 0) {
  float64Array[0] = +value;
  return writeFloatBytes(this, offset, float64Bytes, true);
};

function readBig(buf, offset, bigEndian, signed) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + 7] === undefined) {
    boundsError(offset, buf.length - 8);
  }
  let value = 0n;
  for (let i = 0; i < 8; i++) {
    value = (value << 8n) | BigInt(buf[bigEndian ? offset + i : offset + 7 - i]);
  }
  return signed ? BigInt.asIntN(64, value) : value;
}

function writeBig(buf, value, offset, min, max, bigEndian) {
  checkInt(value, min, max, buf, offset, 7);
  let bits = value & 0xffffffffffffffffn;
  for (let i = 0; i < 8; i++) {
    buf[bigEndian ? offset + 7 - i : offset + i] = Number(bits & 0xffn);
    bits >>= 8n;
  }
  return offset + 8;
}

proto.readBigUInt64LE = function readBigUInt64LE(offset = 0) {
  return readBig(this, offset, false, false);
};
proto.readBigUInt64BE = function readBigUInt64BE(offset = 0) {
  return readBig(this, offset, true, false);
};
proto.readBigInt64LE = function readBigInt64LE(offset = 0) {
  return readBig(this, offset, false, true);
};
proto.readBigInt64BE = function readBigInt64BE(offset = 0) {
  return readBig(this, offset, true, true);
};
proto.writeBigUInt64LE = function writeBigUInt64LE(value, offset = 0) {
  return writeBig(this, value, offset, 0n, 0xffffffffffffffffn, false);
};
proto.writeBigUInt64BE = function writeBigUInt64BE(value, offset = 0) {
  return writeBig(this, value, offset, 0n, 0xffffffffffffffffn, true);
};
proto.writeBigInt64LE = function writeBigInt64LE(value, offset = 0) {
  return writeBig(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, false);
};
proto.writeBigInt64BE = function writeBigInt64BE(value, offset = 0) {
  return writeBig(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, true);
};

// The lower-case aliases: readUint8, writeBigUint64LE...
for (const key of Object.keys(proto)) {
  if (/^(read|write)(Big)?UInt/.test(key)) proto[key.replace('UInt', 'Uint')] = proto[key];
}

// ---------------------------------------------------------------------------
// The module

function isUtf8(input) {
  if (ArrayBuffer.isView(input) || isAnyArrayBuffer(input)) {
    return decodeUtf8(input, true, true) !== undefined;
  }
  throw invalidArgType('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  let bytes;
  if (ArrayBuffer.isView(input)) {
    bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  } else if (isAnyArrayBuffer(input)) {
    bytes = new Uint8Array(input);
  } else {
    throw invalidArgType('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return false;
  return true;
}

// transcode() as Node's ICU-based one behaves for its four encodings:
// characters the target cannot hold become '?'; invalid UTF-8 becomes U+FFFD,
// except into UCS-2, where it (like a lone surrogate from UCS-2 into UTF-8)
// is an error.
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function transcodeError(code, errno) {
  const error = new Error(`Unable to transcode Buffer [${code}]`);
  error.code = code;
  error.errno = errno;
  return error;
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw invalidArgType('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding);
  const to = normalizeEncoding(toEncoding);
  const supported = ['ascii', 'latin1', 'utf16le', 'utf8'];
  if (!supported.includes(from) || !supported.includes(to)) {
    throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  }
  let text;
  if (from === 'utf8') {
    text = decodeUtf8(source, true, to === 'utf16le');
    if (text === undefined) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
  } else if (from === 'utf16le') {
    text = nativeBuffer.ucs2Slice(source, 0, source.length);
    if (to === 'utf8' && loneSurrogate.test(text)) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
  } else if (from === 'latin1' || to === 'utf16le') {
    text = latin1Slice(source, 0, source.length);
  } else {
    text = latin1Slice(source, 0, source.length).replace(/[\x80-\xff]/g, '\ufffd');
  }
  if (to === 'latin1') text = text.replace(/[^\0-\xff]/gu, '?');
  else if (to === 'ascii') text = text.replace(/[^\0-\x7f]/gu, '?');
  return fromString(text, to);
}

const bufferModule = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa: globalThis.btoa,
  atob: globalThis.atob,
  constants: {MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength},
};
Object.defineProperty(bufferModule, 'INSPECT_MAX_BYTES', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(value) {
    validateNumber(value, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = value;
  },
});

internals.Buffer = Buffer;
internals.FastBuffer = FastBuffer;
internals.bufferModule = bufferModule;
internals.normalizeBufferEncoding = normalizeEncoding;
internals.bufferEncodingOps = encodingOps;

// Like Node's: a non-enumerable accessor; assigning replaces it.
Object.defineProperty(globalThis, 'Buffer', {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() { return Buffer; },
  set(value) {
    Object.defineProperty(globalThis, 'Buffer', {
      __proto__: null, value, writable: true, enumerable: false, configurable: true,
    });
  },
});

// Build-time warm-up: pure work only, and the pool it touched is dropped.
(function warmUpBuffer() {
  const b = Buffer.from('warm-up', 'utf8');
  b.toString('hex');
  b.toString();
  Buffer.alloc(4).writeUInt32LE(1, 0);
  allocPool = undefined;
})();
