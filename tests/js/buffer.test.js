// Buffer and StringDecoder: round trips of random data through every
// encoding, checked against reference implementations written here, and
// number reads and writes checked against DataView.

const {StringDecoder} = require('string_decoder');

// A deterministic generator, so failures repeat.
let seed = 12345;
function random() {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x80000000;
}
function randomBytes(length) {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(random() * 256);
  return bytes;
}
function randomText(length) {
  const pieces = ['a', 'Z', '0', ' ', 'é', 'ÿ', '€', '中', '𝄞', '😀', '\n'];
  let text = '';
  for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
  return text;
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function referenceBase64(bytes, url) {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = [n >> 18, (n >> 12) & 63, (n >> 6) & 63, n & 63].map((v) => alphabet[v]);
    const kept = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    out += chars.slice(0, kept).join('') + (url ? '' : '='.repeat(4 - kept));
  }
  return url ? out.replaceAll('+', '-').replaceAll('/', '_') : out;
}
function referenceHex(bytes) {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

test('Buffer is a Uint8Array subclass, global and from node:buffer', () => {
  const b = Buffer.from('abc');
  assert(b instanceof Uint8Array);
  assert(b instanceof Buffer);
  assertEqual(Object.getPrototypeOf(Buffer.prototype), Uint8Array.prototype);
  assertEqual(require('buffer').Buffer, Buffer);
  assertEqual(require('node:buffer').Buffer, Buffer);
  assertEqual(Object.getOwnPropertyDescriptor(globalThis, 'Buffer').enumerable, false);
  assert(b.subarray(1) instanceof Buffer, 'subarray makes Buffers');
  assert(b.map((x) => x) instanceof Buffer, 'map makes Buffers');
});

test('random bytes round-trip through hex, base64, base64url, latin1', () => {
  for (let round = 0; round < 200; round++) {
    const bytes = randomBytes(Math.floor(random() * 70));
    const b = Buffer.from(bytes);
    const hex = b.toString('hex');
    assertEqual(hex, referenceHex(bytes));
    const base64 = b.toString('base64');
    assertEqual(base64, referenceBase64(bytes, false));
    assertEqual(b.toString('base64url'), referenceBase64(bytes, true));
    assert(Buffer.from(hex, 'hex').equals(b), 'hex');
    assert(Buffer.from(base64, 'base64').equals(b), 'base64');
    assert(Buffer.from(referenceBase64(bytes, true), 'base64url').equals(b), 'base64url');
    assert(Buffer.from(referenceBase64(bytes, true), 'base64').equals(b), 'base64 takes url too');
    assert(Buffer.from(b.toString('latin1'), 'latin1').equals(b), 'latin1');
    assertEqual(Buffer.byteLength(base64, 'base64'), bytes.length);
  }
});

test('UTF-8 and UTF-16LE agree with TextEncoder and TextDecoder', () => {
  const encoder = new TextEncoder();
  for (let round = 0; round < 200; round++) {
    const text = randomText(Math.floor(random() * 40));
    const utf8 = Buffer.from(text);
    assert(utf8.equals(encoder.encode(text)), 'utf8 bytes');
    assertEqual(Buffer.byteLength(text), utf8.length);
    assertEqual(utf8.toString(), text);
    const utf16 = Buffer.from(text, 'utf16le');
    assertEqual(utf16.length, text.length * 2);
    assertEqual(utf16.toString('ucs2'), text);
    assertEqual(new TextDecoder('utf-16le').decode(utf16), text);
  }
  const bytes = randomBytes(1000);
  assertEqual(Buffer.from(bytes).toString(), new TextDecoder().decode(bytes));
});

test('write() stops before a character that does not fit', () => {
  const b = Buffer.alloc(5);
  assertEqual(b.write('ab€'), 5);
  assertEqual(b.write('a€€', 0), 4);
  assertEqual(b.write('😀', 3), 0);
  assertEqual(b.write('abcdef', 1, 2, 'latin1'), 2);
  assertEqual(b.toString('latin1', 1, 3), 'ab');
});

test('buffers beyond the pool and big strings', () => {
  const text = randomText(20000);
  const b = Buffer.from(text);
  assertEqual(b.toString(), text);
  assertEqual(Buffer.from(b.toString('base64'), 'base64').toString(), text);
  assertEqual(Buffer.from(b.toString('hex'), 'hex').length, b.length);
  const small = Buffer.from('x');
  assertEqual(small.buffer.byteLength, Buffer.poolSize, 'small buffers share the pool');
  assertEqual(Buffer.allocUnsafeSlow(10).buffer.byteLength, 10);
  assert(Buffer.alloc(10).every((x) => x === 0));
});

test('integer and float reads and writes agree with DataView', () => {
  const b = Buffer.alloc(16);
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let round = 0; round < 300; round++) {
    b.set(randomBytes(16));
    const offset = Math.floor(random() * 8);
    for (const little of [true, false]) {
      const e = little ? 'LE' : 'BE';
      assertEqual(b[`readUInt16${e}`](offset), view.getUint16(offset, little));
      assertEqual(b[`readInt16${e}`](offset), view.getInt16(offset, little));
      assertEqual(b[`readUInt32${e}`](offset), view.getUint32(offset, little));
      assertEqual(b[`readInt32${e}`](offset), view.getInt32(offset, little));
      assertEqual(b[`readBigUInt64${e}`](offset), view.getBigUint64(offset, little));
      assertEqual(b[`readBigInt64${e}`](offset), view.getBigInt64(offset, little));
      assertEqual(b[`readFloat${e}`](offset), view.getFloat32(offset, little));
      assertEqual(b[`readDouble${e}`](offset), view.getFloat64(offset, little));
      const width = 1 + Math.floor(random() * 6);
      let expected = 0;
      for (let i = 0; i < width; i++) {
        expected += b[little ? offset + i : offset + width - 1 - i] * 2 ** (8 * i);
      }
      assertEqual(b[`readUInt${e}`](offset, width), expected);
      const signed = expected >= 2 ** (8 * width - 1) ? expected - 2 ** (8 * width) : expected;
      assertEqual(b[`readInt${e}`](offset, width), signed);
      b[`writeInt${e}`](signed, offset, width);
      assertEqual(b[`readInt${e}`](offset, width), signed);
      const value = view.getInt32(offset, little);
      b.fill(0);
      b[`writeInt32${e}`](value, offset);
      assertEqual(view.getInt32(offset, little), value);
    }
  }
});

test('errors carry Node codes', () => {
  const b = Buffer.alloc(4);
  assertThrows(() => b.readUInt32LE(1), (e) => assertEqual(e.code, 'ERR_OUT_OF_RANGE'));
  assertThrows(() => Buffer.alloc(2).readUInt32LE(0), (e) => assertEqual(e.code, 'ERR_BUFFER_OUT_OF_BOUNDS'));
  assertThrows(() => b.writeUInt8(300), (e) => assertEqual(e.code, 'ERR_OUT_OF_RANGE'));
  assertThrows(() => b.toString('nope'), (e) => assertEqual(e.code, 'ERR_UNKNOWN_ENCODING'));
  assertThrows(() => Buffer.from(1), (e) => assertEqual(e.code, 'ERR_INVALID_ARG_TYPE'));
});

test('StringDecoder splits anywhere give the one-shot text', () => {
  for (let round = 0; round < 100; round++) {
    const text = randomText(12);
    for (const encoding of ['utf8', 'utf16le', 'base64', 'hex', 'latin1']) {
      const bytes = Buffer.from(encoding === 'latin1' ? text.replace(/[^\0-\xff]/g, '?') : text,
                                encoding === 'utf16le' ? 'utf16le' : encoding === 'latin1' ? 'latin1' : 'utf8');
      const decoder = new StringDecoder(encoding);
      let out = '';
      let at = 0;
      while (at < bytes.length) {
        const step = 1 + Math.floor(random() * 4);
        out += decoder.write(bytes.subarray(at, at + step));
        at += step;
      }
      out += decoder.end();
      assertEqual(out, bytes.toString(encoding), encoding);
    }
  }
});

test('fs.readFileSync returns a Buffer over the read bytes', () => {
  const fs = require('fs');
  const path = `${process.env.TEST_TMPDIR || '/tmp'}/thaw-buffer-test-${process.pid}`;
  fs.writeFileSync(path, 'aGVsbG8=', 'utf8');
  const data = fs.readFileSync(path);
  assert(Buffer.isBuffer(data));
  assertEqual(data.toString(), 'aGVsbG8=');
  assertEqual(fs.readFileSync(path, 'base64'), Buffer.from('aGVsbG8=').toString('base64'));
  fs.writeFileSync(path, '68690a', 'hex');
  assertEqual(fs.readFileSync(path, 'utf8'), 'hi\n');
  fs.unlinkSync(path);
});
