// zlib's one-shot Sync functions: round trips of every format over several
// inputs and input types; compressed bytes where zlib's output does not
// depend on its version (level 0, Z_HUFFMAN_ONLY and Z_RLE: Node 20 links
// Chromium's zlib 1.3, whose match finder differs from the system's 1.2,
// so other settings give other, equally valid, bytes); and the
// decompression of streams Node's zlib made.
const zlib = require('zlib');
const crypto = require('crypto');

const md5 = (bytes) => crypto.createHash('md5').update(bytes).digest('hex');

// Deterministic pseudo-random bytes (xorshift), so both runtimes see the
// same "incompressible" data.
function noise(length, seed) {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const text = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(40) +
    '0123456789'.repeat(30));
const inputs = {
  empty: Buffer.alloc(0),
  byte: Buffer.from([0]),
  text,
  noise: noise(70000, 12345),
  zeros: Buffer.alloc(300000),
  mixed: Buffer.concat([noise(5000, 7), Buffer.alloc(20000, 0x61), text]),
};

const pairs = [
  ['deflateSync', 'inflateSync'],
  ['gzipSync', 'gunzipSync'],
  ['deflateRawSync', 'inflateRawSync'],
  ['deflateSync', 'unzipSync'],
  ['gzipSync', 'unzipSync'],
];

for (const [compress, decompress] of pairs) {
  for (const [name, input] of Object.entries(inputs)) {
    for (const level of [undefined, 0, 1, 6, 9]) {
      const packed = zlib[compress](input, level === undefined ? undefined : {level});
      const back = zlib[decompress](packed);
      console.log(compress, decompress, name, level, Buffer.isBuffer(packed),
          back.length, back.equals(input));
    }
  }
}

// Bytes that must match Node's exactly.
for (const fn of ['deflateSync', 'gzipSync', 'deflateRawSync']) {
  for (const [name, input] of Object.entries(inputs)) {
    for (const options of [{level: 0}, {strategy: zlib.constants.Z_HUFFMAN_ONLY},
      {strategy: zlib.constants.Z_RLE}, {level: 9, strategy: zlib.constants.Z_RLE},
      {level: 1, strategy: zlib.constants.Z_HUFFMAN_ONLY, memLevel: 1}]) {
      const packed = zlib[fn](input, options);
      console.log(fn, name, JSON.stringify(options), packed.length, md5(packed));
    }
  }
}
console.log(zlib.gzipSync('abc', {level: 0}).toString('hex'));
console.log(zlib.deflateSync('', {level: 0}).toString('hex'));
console.log(zlib.deflateRawSync('a', {strategy: zlib.constants.Z_HUFFMAN_ONLY}).toString('hex'));

// Input kinds.
const kinds = {
  string: 'héllo wörld ✓',
  buffer: Buffer.from('héllo wörld ✓'),
  uint8: new Uint8Array(Buffer.from('héllo wörld ✓')),
  uint16: new Uint16Array([1, 2, 3, 65535]),
  float64: new Float64Array([1.5, -2, Math.PI]),
  dataView: new DataView(new Uint8Array(Buffer.from('data view bytes')).buffer, 2, 9),
  arrayBuffer: new Uint8Array([9, 8, 7, 6]).buffer,
  subarray: Buffer.from('0123456789abcdef').subarray(3, 11),
};
for (const [name, input] of Object.entries(kinds)) {
  const back = zlib.inflateSync(zlib.deflateSync(input));
  console.log('kind', name, back.toString('hex'));
  const raw = zlib.inflateRawSync(zlib.deflateRawSync(input, {level: 0}));
  console.log('kind raw', name, raw.toString('hex'));
}
console.log('decompress a Uint8Array', zlib.inflateSync(new Uint8Array(zlib.deflateSync('u8'))).toString());
console.log('decompress an ArrayBuffer', zlib.gunzipSync(new Uint8Array(zlib.gzipSync('ab')).buffer).toString());

// Made by Node 20's zlib (default level, level 9 gzip, raw level 1 with a
// 1 KiB window, two gzip members).
const fromNode = {
  deflate: 'eJwLyUhVKCzNTM5WSCrKL89TSMuvUMgqzS0oVsgvSy1SKMlIVchJrKpUSMlP11MIGVU8qnhU8ajiUcWjioeXYgNDI2MTUzNzC8tRFiEWAP1pw70=',
  gzip: 'H4sIAAAAAAACAwvJSFUoLM1MzlZIKsovz1NIy69QyCrNLShWyC9LLVIoyUhVyEmsqlRIyU/XUwgZVTyqeFTxqOJRxaOKh5diA0MjYxNTM3MLy1EWIRYAv4XdyTQIAAA=',
  raw: '7dK3EYAwEETRVrYCBm/6UAMgBJIwBwLhqqcEYmYu2+BHb1ZohdUbOaBxdM7o6IL107KBDuWwa4Wxfm601AcQHLMGf6NxdM7o6IL1rMEaAYRWWL2RA1jjnxphFCdplhdlxevL4AU=',
  members: 'H4sIAAAAAAAAA0uvyixQyE3NTUotUsjPS+UCADkMhN0QAAAA',
  member2: 'H4sIAAAAAAAAA0vMS1HITc1NSi1SKCnP5wIAr86xxw8AAAA=',
};
const b64 = (name) => Buffer.from(fromNode[name], 'base64');
console.log('node deflate', zlib.inflateSync(b64('deflate')).equals(text));
console.log('node deflate unzip', zlib.unzipSync(b64('deflate')).equals(text));
console.log('node gzip', zlib.gunzipSync(b64('gzip')).equals(text));
console.log('node gzip unzip', zlib.unzipSync(b64('gzip')).equals(text));
console.log('node raw', zlib.inflateRawSync(b64('raw')).equals(text));
console.log('node raw window', zlib.inflateRawSync(b64('raw'), {windowBits: 10}).equals(text));
const twoMembers = Buffer.concat([b64('members'), b64('member2')]);
console.log('node members', JSON.stringify(zlib.gunzipSync(twoMembers).toString()));
console.log('node members unzip', JSON.stringify(zlib.unzipSync(twoMembers).toString()));
console.log('node members padded', JSON.stringify(zlib.gunzipSync(
    Buffer.concat([twoMembers, Buffer.alloc(10)])).toString()));
