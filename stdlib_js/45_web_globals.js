// atob and btoa (HTML, forgiving-base64), with Node 20's checks and
// messages, and reportError.
//
// Also `self`, which Node 20 lacks but the WinterTC minimum common API (and
// Deno, Bun and browsers) have. Node 20 has no reportError either;
// thaw's reports its argument the way an uncaught exception is reported:
// 'uncaughtException' listeners get it, or the process prints it and ends
// with exit code 1.
'use strict';

const {web, DOMException} = internals;
const nativeLoop = binding.loop;
// Bytes to a string of the same code points (isomorphic decode), natively.
const {decodeWindows1252} = binding.encoding;

const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
// Character code -> 6-bit value, or -1; only codes below 128 can be valid.
const base64Values = new Int8Array(128).fill(-1);
for (let i = 0; i < base64Alphabet.length; i++) base64Values[base64Alphabet.charCodeAt(i)] = i;

function invalidCharacter(message = 'Invalid character') {
  return new DOMException(message, 'InvalidCharacterError');
}

function isAsciiWhitespace(code) {
  return code === 0x20 || code === 0x09 || code === 0x0A || code === 0x0C || code === 0x0D;
}

function atob(input) {
  if (arguments.length === 0) throw web.missingArgs('input');
  input = `${input}`;
  // Node's checks, in Node's order: each character first, then the length.
  let significant = 0;
  let equals = 0;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (isAsciiWhitespace(code)) continue;
    if (code === 0x3D) {
      significant++;
      if (++equals > 2) throw invalidCharacter();
    } else if (code < 128 && base64Values[code] >= 0) {
      significant++;
      // '=' only at the end.
      if (equals > 0) throw invalidCharacter();
    } else {
      throw invalidCharacter();
    }
  }
  let remainder = significant % 4;
  if (remainder === 0) {
    remainder = (significant - equals) % 4;
  } else if (equals > 0) {
    throw invalidCharacter();
  }
  if (remainder === 1) {
    throw invalidCharacter('The string to be decoded is not correctly encoded.');
  }
  const bytes = new Uint8Array(((significant - equals) * 3) >> 2);
  let length = 0;
  let bits = 0;
  let bitCount = 0;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (code >= 128) continue;
    const value = base64Values[code];
    if (value < 0) continue;
    bits = (bits << 6) | value;
    bitCount += 6;
    if (bitCount >= 8) {
      bitCount -= 8;
      bytes[length++] = (bits >> bitCount) & 0xFF;
    }
  }
  return decodeWindows1252(length === bytes.length ? bytes : bytes.subarray(0, length), true);
}

const base64Codes = new Uint8Array(64);
for (let i = 0; i < 64; i++) base64Codes[i] = base64Alphabet.charCodeAt(i);
const EQUALS = 0x3D;

function btoa(input) {
  if (arguments.length === 0) throw web.missingArgs('input');
  input = `${input}`;
  const length = input.length;
  for (let i = 0; i < length; i++) {
    if (input.charCodeAt(i) > 0xFF) throw invalidCharacter();
  }
  const out = new Uint8Array(Math.ceil(length / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < length; i += 3) {
    const triple = (input.charCodeAt(i) << 16) | (input.charCodeAt(i + 1) << 8) |
        input.charCodeAt(i + 2);
    out[o++] = base64Codes[triple >> 18];
    out[o++] = base64Codes[(triple >> 12) & 63];
    out[o++] = base64Codes[(triple >> 6) & 63];
    out[o++] = base64Codes[triple & 63];
  }
  if (i < length) {
    const pair = (input.charCodeAt(i) << 8) | (i + 1 < length ? input.charCodeAt(i + 1) : 0);
    out[o++] = base64Codes[pair >> 10];
    out[o++] = base64Codes[(pair >> 4) & 63];
    out[o++] = i + 1 < length ? base64Codes[(pair << 2) & 63] : EQUALS;
    out[o++] = EQUALS;
  }
  // ASCII: the same string whatever the single-byte decoding.
  return decodeWindows1252(out, true);
}

function reportError(error) {
  if (arguments.length === 0) throw web.missingArgs('error');
  nativeLoop.triggerUncaughtException(error, false);
}

web.defineGlobal('atob', atob, true);
web.defineGlobal('btoa', btoa, true);
web.defineGlobal('reportError', reportError, true);

// Run the per-process start work once now, while building: its functions
// are then compiled in the snapshot instead of at every process start.
internals.startWebApis();

// `self` is the global object, an accessor as WebIDL's [Replaceable] makes
// it on worker globals: assigning to it replaces it with a plain value.
Object.defineProperty(globalThis, 'self', {
  get() {
    return globalThis;
  },
  set(value) {
    Object.defineProperty(globalThis, 'self', {
      value, writable: true, enumerable: true, configurable: true,
    });
  },
  enumerable: true,
  configurable: true,
});
