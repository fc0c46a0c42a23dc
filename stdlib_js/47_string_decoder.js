// node:string_decoder, shaped like Node 20's: the decoder's state lives in
// a 7-byte Buffer under Symbol(kNativeDecoder), as in Node (so inspect shows
// the same), and write() follows src/string_decoder.cc: whole characters
// out, the bytes of an unfinished UTF-8 or UTF-16 character (or the last
// partial base64 group) kept for the next call.
'use strict';

const {Buffer, bufferEncodingOps: ops, normalizeBufferEncoding} = internals;

const kIncompleteCharactersStart = 0;
const kIncompleteCharactersEnd = 4;
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kSize = 7;
const kNativeDecoder = Symbol('kNativeDecoder');

// Node's enum encoding values, as the state buffer stores them.
const encodingsMap = {
  ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, buffer: 6, base64url: 7,
};

const withCode = internals.withCode;

function normalizeEncoding(encoding) {
  const normalized = normalizeBufferEncoding(encoding);
  if (normalized === undefined) {
    throw withCode(new TypeError(`Unknown encoding: ${encoding}`), 'ERR_UNKNOWN_ENCODING');
  }
  return normalized;
}

function makeString(bytes, start, end, encoding) {
  return ops[encoding].slice(bytes, start, end);
}

function decode(state, encoding, input) {
  let data = input;
  let start = 0;
  let nread = data.length;
  let prepend;
  if (encoding === 'ascii' || encoding === 'hex' || encoding === 'latin1') {
    return makeString(data, 0, nread, encoding);
  }
  if (state[kMissingBytes] > 0) {
    if (encoding === 'utf8') {
      for (let i = 0; i < nread && i < state[kMissingBytes]; ++i) {
        if ((data[i] & 0xC0) !== 0x80) {
          // Not a continuation byte: the unfinished character ends here.
          state[kMissingBytes] = 0;
          state.set(data.subarray(0, i), state[kBufferedBytes]);
          state[kBufferedBytes] += i;
          start += i;
          nread -= i;
          break;
        }
      }
    }
    const found = Math.min(nread, state[kMissingBytes]);
    state.set(data.subarray(start, start + found), state[kBufferedBytes]);
    start += found;
    nread -= found;
    state[kMissingBytes] -= found;
    state[kBufferedBytes] += found;
    if (state[kMissingBytes] === 0) {
      prepend = makeString(state, 0, state[kBufferedBytes], encoding);
      state[kBufferedBytes] = 0;
    }
  }
  let body;
  if (nread === 0) {
    body = prepend ?? '';
    prepend = undefined;
  } else {
    data = data.subarray(start, start + nread);
    if (encoding === 'utf8' && (data[nread - 1] & 0x80)) {
      for (let i = nread - 1; ; --i) {
        state[kBufferedBytes]++;
        if ((data[i] & 0xC0) === 0x80) {
          if (state[kBufferedBytes] >= 4 || i === 0) {
            state[kBufferedBytes] = 0;
            break;
          }
        } else {
          if ((data[i] & 0xE0) === 0xC0) {
            state[kMissingBytes] = 2;
          } else if ((data[i] & 0xF0) === 0xE0) {
            state[kMissingBytes] = 3;
          } else if ((data[i] & 0xF8) === 0xF0) {
            state[kMissingBytes] = 4;
          } else {
            state[kBufferedBytes] = 0;
            break;
          }
          if (state[kBufferedBytes] >= state[kMissingBytes]) {
            state[kMissingBytes] = 0;
            state[kBufferedBytes] = 0;
          }
          state[kMissingBytes] -= state[kBufferedBytes];
          break;
        }
      }
    } else if (encoding === 'utf16le') {
      if (nread % 2 === 1) {
        state[kBufferedBytes] = 1;
        state[kMissingBytes] = 1;
      } else if ((data[nread - 1] & 0xFC) === 0xD8) {
        state[kBufferedBytes] = 2;
        state[kMissingBytes] = 2;
      }
    } else if (encoding === 'base64' || encoding === 'base64url') {
      state[kBufferedBytes] = nread % 3;
      if (state[kBufferedBytes] > 0) state[kMissingBytes] = 3 - state[kBufferedBytes];
    }
    if (state[kBufferedBytes] > 0) {
      nread -= state[kBufferedBytes];
      state.set(data.subarray(nread, nread + state[kBufferedBytes]), kIncompleteCharactersStart);
    }
    body = nread > 0 ? makeString(data, 0, nread, encoding) : '';
  }
  return prepend === undefined ? body : prepend + body;
}

function flush(state, encoding) {
  if (encoding === 'utf16le' && state[kBufferedBytes] % 2 === 1) {
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  if (state[kBufferedBytes] === 0) return '';
  const result = makeString(state, 0, state[kBufferedBytes], encoding);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return result;
}

const encodingNames = Object.keys(encodingsMap);

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  this[kNativeDecoder] = Buffer.alloc(kSize);
  this[kNativeDecoder][kEncodingField] = encodingsMap[this.encoding];
}

function stateOf(decoder) {
  const state = decoder[kNativeDecoder];
  if (!state) {
    throw withCode(new TypeError('Value of "this" must be of type StringDecoder'),
                   'ERR_INVALID_THIS');
  }
  return state;
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw internals.invalidArgType('buf', 'an instance of Buffer, TypedArray, or DataView', buf);
  }
  const state = stateOf(this);
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  return decode(state, encodingNames[state[kEncodingField]], bytes);
};

StringDecoder.prototype.end = function end(buf) {
  let result = '';
  if (buf !== undefined) result = this.write(buf);
  const state = stateOf(this);
  if (state[kBufferedBytes] > 0) result += flush(state, encodingNames[state[kEncodingField]]);
  return result;
};

// Undocumented legacy API, as Node keeps it.
StringDecoder.prototype.text = function text(buf, offset) {
  const state = stateOf(this);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder].subarray(kIncompleteCharactersStart, kIncompleteCharactersEnd);
    },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][kMissingBytes]; },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes]; },
  },
});

internals.stringDecoderModule = {StringDecoder};
