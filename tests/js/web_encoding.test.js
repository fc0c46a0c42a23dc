// TextEncoder, TextDecoder, atob and btoa: the standards' rules, checked
// against reference implementations written from the standards' text.

// The Encoding Standard's UTF-8 decoder, step by step: code points and the
// number of errors.
function referenceUtf8(bytes) {
  let codePoint = 0;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xBF;
  const out = [];
  let errors = 0;
  let i = 0;
  for (;;) {
    if (i === bytes.length) {
      if (needed !== 0) {
        out.push(0xFFFD);
        errors++;
      }
      break;
    }
    const byte = bytes[i];
    if (needed === 0) {
      if (byte <= 0x7F) {
        out.push(byte);
      } else if (byte >= 0xC2 && byte <= 0xDF) {
        needed = 1;
        codePoint = byte & 0x1F;
      } else if (byte >= 0xE0 && byte <= 0xEF) {
        if (byte === 0xE0) lower = 0xA0;
        if (byte === 0xED) upper = 0x9F;
        needed = 2;
        codePoint = byte & 0xF;
      } else if (byte >= 0xF0 && byte <= 0xF4) {
        if (byte === 0xF0) lower = 0x90;
        if (byte === 0xF4) upper = 0x8F;
        needed = 3;
        codePoint = byte & 0x7;
      } else {
        out.push(0xFFFD);
        errors++;
      }
      i++;
      continue;
    }
    if (byte < lower || byte > upper) {
      codePoint = needed = seen = 0;
      lower = 0x80;
      upper = 0xBF;
      out.push(0xFFFD);
      errors++;
      continue;  // the byte is processed again
    }
    lower = 0x80;
    upper = 0xBF;
    codePoint = (codePoint << 6) | (byte & 0x3F);
    seen++;
    i++;
    if (seen === needed) {
      out.push(codePoint);
      codePoint = needed = seen = 0;
    }
  }
  return {text: String.fromCodePoint(...out), errors};
}

// The Encoding Standard's UTF-16 decoder.
function referenceUtf16(bytes, bigEndian) {
  let leadByte = null;
  let leadSurrogate = null;
  const out = [];
  let errors = 0;
  let i = 0;
  for (;;) {
    if (i === bytes.length) {
      if (leadByte !== null || leadSurrogate !== null) {
        out.push(0xFFFD);
        errors++;
      }
      break;
    }
    const byte = bytes[i++];
    if (leadByte === null) {
      leadByte = byte;
      continue;
    }
    const unit = bigEndian ? (leadByte << 8) + byte : (byte << 8) + leadByte;
    leadByte = null;
    if (leadSurrogate !== null) {
      const lead = leadSurrogate;
      leadSurrogate = null;
      if (unit >= 0xDC00 && unit <= 0xDFFF) {
        out.push(0x10000 + ((lead - 0xD800) << 10) + (unit - 0xDC00));
        continue;
      }
      out.push(0xFFFD);
      errors++;
      i -= 2;  // the unit's bytes are processed again
      continue;
    }
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      leadSurrogate = unit;
      continue;
    }
    if (unit >= 0xDC00 && unit <= 0xDFFF) {
      out.push(0xFFFD);
      errors++;
      continue;
    }
    out.push(unit);
  }
  return {text: String.fromCodePoint(...out), errors};
}

let seed = 20261121;
function random(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}

const interestingUtf8 = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBB, 0xBF, 0xC0, 0xC1,
  0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFE, 0xFF];

function randomBytes(maxLength, pool) {
  const bytes = new Uint8Array(random(maxLength + 1));
  for (let i = 0; i < bytes.length; i++) {
    bytes[i] = random(3) === 0 ? random(256) : pool[random(pool.length)];
  }
  return bytes;
}

function decodeInChunks(decoder, bytes) {
  let text = '';
  let position = 0;
  while (position < bytes.length) {
    const step = 1 + random(4);
    text += decoder.decode(bytes.subarray(position, position + step), {stream: true});
    position += step;
  }
  return text + decoder.decode();
}

function throws(body) {
  try {
    body();
    return false;
  } catch (error) {
    assertEqual(error.code, 'ERR_ENCODING_INVALID_ENCODED_DATA');
    return true;
  }
}

test('UTF-8: replacement characters follow the standard (maximal subparts), whole and streamed', () => {
  for (let n = 0; n < 5000; n++) {
    const bytes = randomBytes(14, interestingUtf8);
    const expected = referenceUtf8(bytes);
    const label = `bytes ${Array.from(bytes, (b) => b.toString(16)).join(' ')}`;
    assertEqual(new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes), expected.text, label);
    assertEqual(decodeInChunks(new TextDecoder('utf-8', {ignoreBOM: true}), bytes),
                expected.text, `${label} streamed`);
    assertEqual(throws(() => new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes)),
                expected.errors > 0, `${label} fatal`);
    assertEqual(throws(() => decodeInChunks(new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}), bytes)),
                expected.errors > 0, `${label} fatal streamed`);
  }
});

test('UTF-16LE and BE: lone surrogates and odd bytes follow the standard, whole and streamed', () => {
  const pool = [0x00, 0x41, 0xD8, 0xDB, 0xDC, 0xDF, 0x3D, 0xFE, 0xFF];
  for (let n = 0; n < 3000; n++) {
    const bytes = randomBytes(13, pool);
    for (const bigEndian of [false, true]) {
      const label = `${bigEndian ? 'BE' : 'LE'} ${Array.from(bytes, (b) => b.toString(16)).join(' ')}`;
      const encoding = bigEndian ? 'utf-16be' : 'utf-16le';
      const expected = referenceUtf16(bytes, bigEndian);
      assertEqual(new TextDecoder(encoding, {ignoreBOM: true}).decode(bytes), expected.text, label);
      assertEqual(decodeInChunks(new TextDecoder(encoding, {ignoreBOM: true}), bytes),
                  expected.text, `${label} streamed`);
      assertEqual(throws(() => new TextDecoder(encoding, {fatal: true, ignoreBOM: true}).decode(bytes)),
                  expected.errors > 0, `${label} fatal`);
    }
  }
});

test('the BOM is removed once, at the start of a stream, unless ignoreBOM', () => {
  const bom = [0xEF, 0xBB, 0xBF];
  const decoder = new TextDecoder();
  assertEqual(decoder.decode(new Uint8Array([...bom, 0x41])), 'A');
  assertEqual(decoder.decode(new Uint8Array([...bom, 0x41])), 'A', 'each whole decode is a stream');
  assertEqual(decoder.decode(new Uint8Array([0xEF]), {stream: true}), '');
  assertEqual(decoder.decode(new Uint8Array([0xBB]), {stream: true}), '');
  assertEqual(decoder.decode(new Uint8Array([0xBF, 0x41]), {stream: true}), 'A');
  assertEqual(decoder.decode(new Uint8Array(bom)), '\uFEFF', 'not at the start any more');
  assertEqual(decoder.decode(new Uint8Array(bom), {stream: true}), '', 'a new stream');
  assertEqual(decoder.decode(new Uint8Array(bom)), '\uFEFF');
  assertEqual(new TextDecoder('utf-8', {ignoreBOM: true}).decode(new Uint8Array(bom)), '\uFEFF');
  assertEqual(new TextDecoder('utf-16le').decode(new Uint8Array([0xFF, 0xFE, 0x41, 0])), 'A');
  assertEqual(new TextDecoder('utf-16be').decode(new Uint8Array([0xFE, 0xFF, 0, 0x41])), 'A');
  assertEqual(new TextDecoder('utf-16be').decode(new Uint8Array([0xFF, 0xFE, 0, 0x41])), '\uFFFEA');
  assertEqual(new TextDecoder('windows-1252').decode(new Uint8Array(bom)), 'ï»¿');
});

test('windows-1252 maps 0x80-0x9F by the standard\'s index, whatever the label', () => {
  const high = Uint8Array.from({length: 32}, (_, i) => 0x80 + i);
  const expected = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039' +
      '\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122' +
      '\u0161\u203A\u0153\u009D\u017E\u0178';
  for (const label of ['latin1', 'iso-8859-1', 'ascii', 'us-ascii', 'windows-1252']) {
    const decoder = new TextDecoder(label, {fatal: true});
    assertEqual(decoder.encoding, 'windows-1252');
    assertEqual(decoder.decode(high), expected, label);
    assertEqual(decodeInChunks(decoder, high), expected, `${label} streamed`);
  }
  const all = Uint8Array.from({length: 256}, (_, i) => i);
  const text = new TextDecoder('latin1').decode(all);
  assertEqual(text.length, 256);
  assertEqual(text.slice(0xA0), String.fromCharCode(...all.slice(0xA0)));
});

test('labels: case and ASCII whitespace are ignored, nothing else', () => {
  assertEqual(new TextDecoder('\t UTF8\n\f\r').encoding, 'utf-8');
  assertEqual(new TextDecoder('UnicodeFFFE').encoding, 'utf-16be');
  assertEqual(new TextDecoder('utf-16').encoding, 'utf-16le');
  for (const label of ['\vutf-8', 'utf-8\u00A0', 'utf-32', 'x-user-defined', 'replacement', '']) {
    const error = assertThrows(() => new TextDecoder(label));
    assertEqual(error.name, 'RangeError');
    assertEqual(error.code, 'ERR_ENCODING_NOT_SUPPORTED');
    assertEqual(error.message, `The "${label}" encoding is not supported`);
  }
});

test('decode accepts every kind of buffer and view, and only those', () => {
  const bytes = new TextEncoder().encode('héllo wörld, a bit longer than sixty-four bytes to leave the heap');
  const text = new TextDecoder().decode(bytes);
  assertEqual(new TextDecoder().decode(bytes.buffer), text);
  assertEqual(new TextDecoder().decode(new DataView(bytes.buffer)), text);
  assertEqual(new TextDecoder().decode(new Uint16Array(bytes.buffer, 0, 2)), 'hél');
  const shared = new SharedArrayBuffer(3);
  new Uint8Array(shared).set([0x61, 0x62, 0x63]);
  assertEqual(new TextDecoder().decode(shared), 'abc');
  assertEqual(new TextDecoder('utf-16le').decode(shared, {stream: true}), '\u6261');
  assertEqual(new TextDecoder().decode(new Uint8Array([1, 0x41, 0x42, 2]).subarray(1, 3)), 'AB');
  for (const [encoding, options] of [['utf-8', undefined], ['utf-8', {stream: true}],
    ['utf-16le', undefined], ['latin1', undefined]]) {
    for (const bad of [null, 'text', 5, {}, [1, 2]]) {
      const error = assertThrows(() => new TextDecoder(encoding).decode(bad, options));
      assertEqual(error.code, 'ERR_INVALID_ARG_TYPE', `${encoding} ${bad}`);
    }
  }
});

function wellFormed(text) {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
                      '\uFFFD');
}

test('encode and encodeInto: lone surrogates become U+FFFD; encodeInto writes whole characters', () => {
  const encoder = new TextEncoder();
  assertDeepEqual(Array.from(encoder.encode('a\uD800b\uDC00')),
                  [0x61, 0xEF, 0xBF, 0xBD, 0x62, 0xEF, 0xBF, 0xBD]);
  assertDeepEqual(Array.from(encoder.encode('\u{1F600}')), [0xF0, 0x9F, 0x98, 0x80]);
  for (let n = 0; n < 2000; n++) {
    const units = Array.from({length: random(8)}, () =>
      [0x41, 0xE9, 0x20AC, 0xD83D, 0xDE00, 0xDC00, 0xD800][random(7)]);
    const text = String.fromCharCode(...units);
    const full = encoder.encode(text);
    assertEqual(new TextDecoder().decode(full), wellFormed(text));
    const capacity = random(full.length + 2);
    const dest = new Uint8Array(capacity + 2).fill(0xAA).subarray(1, capacity + 1);
    const {read, written} = encoder.encodeInto(text, dest);
    // What fits is a prefix of whole characters, written exactly as encode() does.
    assert(written <= capacity, 'written within the capacity');
    assertDeepEqual(Array.from(dest.subarray(0, written)), Array.from(encoder.encode(text.slice(0, read))));
    assertEqual(encoder.encode(text.slice(0, read)).length, written);
    if (read < text.length) {
      const next = text.codePointAt(read) > 0xFFFF && read + 1 < text.length ?
        text.slice(read, read + 2) : text.slice(read, read + 1);
      assert(written + encoder.encode(next).length > capacity, 'stopped only when full');
    }
    const outer = new Uint8Array(dest.buffer);
    assertEqual(outer[0], 0xAA, 'nothing written before');
    assertEqual(outer[capacity + 1], 0xAA, 'nothing written after');
  }
});

test('a large UTF-8 round trip', () => {
  const text = 'ascii, é, €, \u{1F600} '.repeat(50000);
  const bytes = new TextEncoder().encode(text);
  assertEqual(new TextDecoder().decode(bytes), text);
  const decoder = new TextDecoder();
  let streamed = '';
  for (let i = 0; i < bytes.length; i += 997) {
    streamed += decoder.decode(bytes.subarray(i, i + 997), {stream: true});
  }
  assertEqual(streamed + decoder.decode(), text);
  const {read, written} = new TextEncoder().encodeInto(text, new Uint8Array(bytes.length));
  assertEqual(read, text.length);
  assertEqual(written, bytes.length);
});

// The HTML standard's forgiving-base64 decode.
function referenceAtob(input) {
  let data = input.replace(/[\t\n\f\r ]/g, '');
  if (data.length % 4 === 0) data = data.replace(/={1,2}$/, '');
  if (data.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(data)) return null;
  let bits = 0;
  let count = 0;
  let out = '';
  for (const char of data) {
    bits = (bits << 6) | 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.indexOf(char);
    count += 6;
    if (count >= 8) {
      count -= 8;
      out += String.fromCharCode((bits >> count) & 0xFF);
    }
  }
  return out;
}

test('atob follows forgiving-base64; btoa round-trips every byte', () => {
  const alphabet = ['A', 'Z', 'a', 'z', '0', '9', '+', '/', '=', ' ', '\n', '\t', '-', '_', 'é'];
  for (let n = 0; n < 5000; n++) {
    const input = Array.from({length: random(9)}, () => alphabet[random(alphabet.length)]).join('');
    const expected = referenceAtob(input);
    let actual;
    try {
      actual = atob(input);
    } catch (error) {
      assertEqual(error.name, 'InvalidCharacterError');
      assert(error instanceof DOMException);
      actual = null;
    }
    assertEqual(actual, expected, JSON.stringify(input));
  }
  const all = String.fromCharCode(...Array.from({length: 256}, (_, i) => i));
  for (let length = 0; length < 256; length++) {
    assertEqual(atob(btoa(all.slice(0, length))), all.slice(0, length));
  }
  const big = all.repeat(200);
  assertEqual(atob(btoa(big)), big);
});
