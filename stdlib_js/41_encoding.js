// TextEncoder and TextDecoder (WHATWG Encoding Standard), for UTF-8,
// UTF-16LE, UTF-16BE and windows-1252, with Node 20's errors.
//
// The byte work is native (bindings/encoding_module.cc): whole chunks in,
// strings out. What streaming needs between calls (bytes of an unfinished
// character, whether the BOM was seen) lives here: a streaming call hands
// the native decoder only complete characters and keeps the rest.
'use strict';

const nativeEncoding = binding.encoding;
const {web} = internals;

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const arrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
// V8 adds SharedArrayBuffer to the global object when a process starts, not
// while the snapshot is built: its getter is taken then, before user code.
let sharedArrayBufferByteLength;
web.processStartHooks.push(() => {
  if (typeof SharedArrayBuffer === 'function') {
    sharedArrayBufferByteLength =
        Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get;
  }
});

function isUint8Array(value) {
  return typedArrayTag.call(value) === 'Uint8Array';
}

function isAnyArrayBuffer(value) {
  if (value === null || typeof value !== 'object') return false;
  try {
    arrayBufferByteLength.call(value);
    return true;
  } catch {}
  if (sharedArrayBufferByteLength === undefined) return false;
  try {
    sharedArrayBufferByteLength.call(value);
    return true;
  } catch {}
  return false;
}

// The bytes of an ArrayBuffer, SharedArrayBuffer or view as a Uint8Array, or
// undefined for anything else.
function bytesOf(input) {
  if (ArrayBuffer.isView(input)) {
    if (isUint8Array(input)) return input;
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  return undefined;
}

// ---------------------------------------------------------------------------
// TextEncoder

const encodeIntoResults = new Uint32Array(new ArrayBuffer(8));

class TextEncoder {
  #brand = true;

  static #check(value) {
    if (value === null || typeof value !== 'object' || !(#brand in value)) {
      throw web.invalidThis('TextEncoder');
    }
  }

  get encoding() {
    TextEncoder.#check(this);
    return 'utf-8';
  }

  encode(input = '') {
    TextEncoder.#check(this);
    return nativeEncoding.encodeUtf8(`${input}`);
  }

  encodeInto(src, dest) {
    TextEncoder.#check(this);
    if (typeof src !== 'string') throw web.invalidType('src', 'string', src);
    if (!dest || !isUint8Array(dest)) throw web.invalidInstance('dest', 'Uint8Array', dest);
    nativeEncoding.encodeIntoUtf8(src, dest, encodeIntoResults);
    return {read: encodeIntoResults[0], written: encodeIntoResults[1]};
  }

  [web.inspectSymbol](depth, options, inspect) {
    TextEncoder.#check(this);
    if (typeof depth === 'number' && depth < 0) return web.beyondDepth(this, options);
    // Node shows the encoder as a plain object.
    return inspect({encoding: 'utf-8'}, options);
  }
}

Object.defineProperties(TextEncoder.prototype, {
  encode: {enumerable: true},
  encodeInto: {enumerable: true},
  encoding: {enumerable: true},
  [Symbol.toStringTag]: {value: 'TextEncoder', configurable: true},
});

// ---------------------------------------------------------------------------
// TextDecoder

const UTF8 = 0;
const UTF16LE = 1;
const UTF16BE = 2;
const WINDOWS1252 = 3;
const encodingNames = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'];

// The Encoding Standard's labels of the encodings thaw decodes.
const encodingByLabel = new Map();
for (const [kind, labels] of [
  [UTF8, 'unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8'],
  [UTF16BE, 'unicodefffe utf-16be'],
  [UTF16LE, 'csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le'],
  [WINDOWS1252, 'ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 ' +
                'iso-ir-100 iso8859-1 iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 ' +
                'us-ascii windows-1252 x-cp1252'],
]) {
  for (const label of labels.split(' ')) encodingByLabel.set(label, kind);
}

// Leading and trailing ASCII whitespace, as the standard strips from labels.
const asciiWhitespaceAround = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;

function encodingFromLabel(label) {
  const kind = encodingByLabel.get(label);
  if (kind !== undefined) return kind;
  return encodingByLabel.get(label.toLowerCase().replace(asciiWhitespaceAround, ''));
}

function encodingNotSupported(label) {
  return web.withCode(new RangeError(`The "${label}" encoding is not supported`),
                      'ERR_ENCODING_NOT_SUPPORTED');
}

function invalidEncodedData(encoding) {
  return web.withCode(new TypeError(`The encoded data was not valid for encoding ${encoding}`),
                      'ERR_ENCODING_INVALID_ENCODED_DATA');
}

// Node's three wordings for a decode() input that holds no bytes: its UTF-8
// and latin1 fast paths and its ICU path each have their own.
const badInputMessages = [
  'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.',
  'The "input" argument must be an instance of ArrayBuffer, SharedArrayBuffer, or ArrayBufferView.',
  'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.',
];

// How many bytes at the end of `bytes` start a UTF-8 sequence that is valid
// so far but not finished: they wait for the next chunk.
function utf8PendingLength(bytes) {
  const length = bytes.length;
  for (let back = 1; back <= 3 && back <= length; back++) {
    const byte = bytes[length - back];
    if (byte < 0x80) return 0;
    if (byte < 0xC0) continue;
    if (byte < 0xC2 || byte > 0xF4) return 0;
    const needed = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
    if (back >= needed) return 0;
    if (back >= 2) {
      const second = bytes[length - back + 1];
      const lower = byte === 0xE0 ? 0xA0 : byte === 0xF0 ? 0x90 : 0x80;
      const upper = byte === 0xED ? 0x9F : byte === 0xF4 ? 0x8F : 0xBF;
      if (second < lower || second > upper) return 0;
    }
    return back;
  }
  return 0;
}

// The same for UTF-16: an odd last byte, and a lead surrogate before it.
function utf16PendingLength(bytes, bigEndian) {
  const length = bytes.length;
  let pending = length & 1;
  const end = length - pending;
  if (end >= 2) {
    const high = bigEndian ? bytes[end - 2] : bytes[end - 1];
    if (high >= 0xD8 && high <= 0xDB) pending += 2;
  }
  return pending;
}

const emptyBytes = new Uint8Array(0);

class TextDecoder {
  #kind;
  #fatal;
  #ignoreBOM;
  // Node decodes UTF-8 and windows-1252 on a fast path until a decoder is
  // first used with {stream: true}; it checks `options` only after that.
  #fastPath;
  // Mid-stream: the last call had {stream: true}.
  #streaming = false;
  #pending = null;
  #bomSeen = false;

  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    web.validateObject(options, 'options', {allowNull: true, allowArray: true, allowFunction: true});
    const kind = encodingFromLabel(encoding);
    if (kind === undefined) throw encodingNotSupported(encoding);
    this.#kind = kind;
    this.#fatal = Boolean(options?.fatal);
    this.#ignoreBOM = Boolean(options?.ignoreBOM);
    this.#fastPath = kind === UTF8 || kind === WINDOWS1252;
  }

  static #check(value) {
    if (value === null || typeof value !== 'object' || !(#kind in value)) {
      throw web.invalidThis('TextDecoder');
    }
  }

  decode(input = emptyBytes, options = {}) {
    TextDecoder.#check(this);
    if (this.#fastPath) {
      if (!options?.stream) {
        const result = this.#kind === UTF8 ?
          nativeEncoding.decodeUtf8(input, this.#ignoreBOM, this.#fatal) :
          nativeEncoding.decodeWindows1252(input);
        if (typeof result === 'string') return result;
        if (result === false) {
          throw web.invalidArgMessage(badInputMessages[this.#kind === UTF8 ? 0 : 1]);
        }
        throw invalidEncodedData(encodingNames[this.#kind]);
      }
      this.#fastPath = false;
    }
    web.validateObject(options, 'options', {allowNull: true, allowArray: true, allowFunction: true});
    const stream = options !== null && Boolean(options.stream);
    let bytes = bytesOf(input);
    if (bytes === undefined) throw web.invalidArgMessage(badInputMessages[2]);

    // A call after the end of a stream starts a new one.
    if (!this.#streaming) {
      this.#pending = null;
      this.#bomSeen = false;
    }
    this.#streaming = stream;
    if (this.#pending !== null) {
      const joined = new Uint8Array(this.#pending.length + bytes.length);
      joined.set(this.#pending);
      joined.set(bytes, this.#pending.length);
      bytes = joined;
      this.#pending = null;
    }
    let end = bytes.length;
    if (stream) {
      const pending = this.#kind === UTF8 ? utf8PendingLength(bytes) :
        this.#kind === WINDOWS1252 ? 0 :
        utf16PendingLength(bytes, this.#kind === UTF16BE);
      if (pending > 0) {
        end -= pending;
        this.#pending = bytes.slice(end);
      }
    }
    const chunk = end === bytes.length ? bytes : bytes.subarray(0, end);
    const ignoreBOM = this.#ignoreBOM || this.#bomSeen;
    let result;
    switch (this.#kind) {
      case UTF8:
        result = nativeEncoding.decodeUtf8(chunk, ignoreBOM, this.#fatal);
        break;
      case WINDOWS1252:
        result = nativeEncoding.decodeWindows1252(chunk);
        break;
      default:
        result = nativeEncoding.decodeUtf16(chunk, this.#kind === UTF16BE, ignoreBOM, this.#fatal);
    }
    if (result === undefined) {
      this.#streaming = false;
      this.#pending = null;
      throw invalidEncodedData(encodingNames[this.#kind]);
    }
    // The BOM can only be the first character of a stream.
    if (end > 0) this.#bomSeen = true;
    return result;
  }

  get encoding() {
    TextDecoder.#check(this);
    return encodingNames[this.#kind];
  }

  get fatal() {
    TextDecoder.#check(this);
    return this.#fatal;
  }

  get ignoreBOM() {
    TextDecoder.#check(this);
    return this.#ignoreBOM;
  }

  [web.inspectSymbol](depth, options, inspect) {
    TextDecoder.#check(this);
    if (typeof depth === 'number' && depth < 0) return web.beyondDepth(this, options);
    const name = this.constructor?.name ?? 'TextDecoder';
    return `${name} ${inspect({
      encoding: encodingNames[this.#kind],
      fatal: this.#fatal,
      ignoreBOM: this.#ignoreBOM,
    })}`;
  }
}

Object.defineProperties(TextDecoder.prototype, {
  decode: {enumerable: true},
  encoding: {enumerable: true},
  fatal: {enumerable: true},
  ignoreBOM: {enumerable: true},
  [Symbol.toStringTag]: {value: 'TextDecoder', configurable: true},
});

web.defineGlobal('TextEncoder', TextEncoder);
web.defineGlobal('TextDecoder', TextDecoder);
