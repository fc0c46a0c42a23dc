// node:zlib beyond what the differential cases compare with Node: large
// inputs, how output is cut into chunks, the native handle's life, and
// what thaw leaves out (Brotli).
const zlib = require('zlib');
const {pipeline} = require('stream/promises');
const stream = require('stream');

// Deterministic bytes that compress a little but not much.
function sample(length) {
  const out = Buffer.alloc(length);
  let x = 2463534242;
  for (let i = 0; i < length; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    out[i] = (x & 0x0f) + 0x41;
  }
  return out;
}

test('a 24 MiB round trip in every format', () => {
  const input = sample(24 * 1024 * 1024);
  for (const [compress, decompress] of [['deflateSync', 'inflateSync'], ['gzipSync', 'gunzipSync'],
    ['deflateRawSync', 'inflateRawSync'], ['gzipSync', 'unzipSync']]) {
    const packed = zlib[compress](input, {level: 1});
    assert(packed.length < input.length * 0.7, `${compress} compressed to ${packed.length}`);
    assert(zlib[decompress](packed).equals(input), `${compress} -> ${decompress}`);
  }
});

test('a 64 MiB run of zeros inflates from a few KiB', () => {
  const packed = zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024));
  assert(packed.length < 100 * 1024, `${packed.length}`);
  const back = zlib.gunzipSync(packed);
  assertEqual(back.length, 64 * 1024 * 1024);
  assert(back.every((byte) => byte === 0));
  assertThrows(() => zlib.gunzipSync(packed, {maxOutputLength: 1024 * 1024}), (e) => {
    assertEqual(e.code, 'ERR_BUFFER_TOO_LARGE');
  });
});

test('stream output comes in chunks of at most chunkSize', async () => {
  const input = sample(300 * 1000);
  for (const chunkSize of [64, 1000, 16 * 1024, 100 * 1024]) {
    for (const make of [() => zlib.createDeflate({chunkSize}), () => zlib.createGzip({chunkSize})]) {
      const compress = make();
      const sizes = [];
      compress.on('data', (chunk) => sizes.push(chunk.length));
      const done = new Promise((resolve) => compress.on('end', resolve));
      for (let i = 0; i < input.length; i += 7777) compress.write(input.subarray(i, i + 7777));
      compress.end();
      await done;
      assert(sizes.length > 0);
      assert(Math.max(...sizes) <= chunkSize, `chunkSize ${chunkSize}: ${Math.max(...sizes)}`);
    }
    const inflate = zlib.createInflate({chunkSize});
    const sizes = [];
    inflate.on('data', (chunk) => sizes.push(chunk.length));
    const done = new Promise((resolve) => inflate.on('end', resolve));
    inflate.end(zlib.deflateSync(input));
    await done;
    assertEqual(sizes.reduce((a, b) => a + b, 0), input.length);
    assert(Math.max(...sizes) <= chunkSize);
  }
});

test('the sync functions work in any chunkSize', () => {
  const input = sample(200 * 1000);
  for (const chunkSize of [64, 4096, 1e6]) {
    for (const level of [0, 6]) {
      const packed = zlib.deflateSync(input, {level, chunkSize});
      assert(zlib.inflateSync(packed, {chunkSize}).equals(input), `${chunkSize} ${level}`);
    }
  }
});

test('a stream compresses what pipeline feeds it, with backpressure', async () => {
  const input = sample(5 * 1024 * 1024);
  const chunks = [];
  async function* source() {
    for (let i = 0; i < input.length; i += 65536) yield input.subarray(i, i + 65536);
  }
  await pipeline(source(), zlib.createGzip(), zlib.createGunzip(), new stream.Writable({
    highWaterMark: 1024,
    write(chunk, encoding, callback) {
      chunks.push(chunk);
      setImmediate(callback);
    },
  }));
  assert(Buffer.concat(chunks).equals(input));
});

test('streams take every kind of view', async () => {
  const gzip = zlib.createGzip();
  const out = [];
  gzip.on('data', (chunk) => out.push(chunk));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  gzip.write(new Uint16Array([0x6968, 0x2021]));
  gzip.write(new DataView(new Uint8Array([0x6f, 0x6b]).buffer));
  gzip.end(new Float32Array(0));
  await done;
  assertEqual(zlib.gunzipSync(Buffer.concat(out)).toString(), 'hi! ok');
});

test('an error ends the stream and frees zlib: later writes fail cleanly', async () => {
  const inflate = zlib.createInflate();
  const error = await new Promise((resolve) => {
    inflate.on('error', resolve);
    inflate.write(Buffer.from('garbage'));
  });
  assertEqual(error.code, 'Z_DATA_ERROR');
  assertEqual(error.errno, -3);
  const late = await new Promise((resolve) => inflate.write('more', resolve));
  assertEqual(late.code, 'ERR_STREAM_DESTROYED');
  assertThrows(() => inflate.reset(), (e) => assertEqual(e.message, 'zlib binding closed'));
});

test('_processChunk without a callback returns the output and closes the stream', () => {
  const deflate = zlib.createDeflate();
  const packed = deflate._processChunk(Buffer.from('old api'), zlib.constants.Z_FINISH);
  assertEqual(zlib.inflateSync(packed).toString(), 'old api');
  assertThrows(() => deflate._processChunk(Buffer.from('again'), zlib.constants.Z_FINISH),
      (e) => assertEqual(e.message, 'zlib binding closed'));
});

test('reset and params before the first write', async () => {
  const deflate = zlib.createDeflate({level: 0});
  deflate.reset();
  await new Promise((resolve) => deflate.params(9, zlib.constants.Z_RLE, resolve));
  const out = [];
  deflate.on('data', (chunk) => out.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  deflate.end(Buffer.alloc(10000, 0x61));
  await done;
  const packed = Buffer.concat(out);
  assert(packed.length < 100, `${packed.length}`);
  assertEqual(zlib.inflateSync(packed).length, 10000);
});

test('many unclosed streams and one-shot calls are collected without trouble', async () => {
  for (let i = 0; i < 2000; i++) {
    zlib.createGzip().write('x');
    zlib.deflateSync('y');
  }
  if (typeof gc === 'function') gc();
  await sleep(10);
  assertEqual(zlib.gunzipSync(zlib.gzipSync('still fine')).toString(), 'still fine');
});

test('crc32 over large and split inputs', () => {
  const input = sample(3 * 1024 * 1024);
  let crc = 0;
  for (let i = 0; i < input.length; i += 100003) crc = zlib.crc32(input.subarray(i, i + 100003), crc);
  assertEqual(crc, zlib.crc32(input));
  assertEqual(zlib.crc32(''), 0);
  assertEqual(zlib.crc32('123456789'), 0xcbf43926);
});

test('Brotli is not implemented and says so', () => {
  for (const name of ['brotliCompressSync', 'brotliDecompressSync', 'brotliCompress',
    'brotliDecompress', 'createBrotliCompress', 'createBrotliDecompress', 'BrotliCompress',
    'BrotliDecompress']) {
    assertEqual(typeof zlib[name], 'function');
    assertThrows(() => zlib[name](Buffer.from('x'), () => {}), (e) => {
      assertEqual(e.code, 'ERR_METHOD_NOT_IMPLEMENTED');
      assert(e.message.includes('Brotli is not implemented'), e.message);
    });
  }
  assertEqual(zlib.constants.BROTLI_PARAM_QUALITY, 1);
});

test('ZLIB_VERNUM is the linked zlib\'s', () => {
  assert(zlib.constants.ZLIB_VERNUM >= 0x1200, `${zlib.constants.ZLIB_VERNUM}`);
  assertEqual(zlib.ZLIB_VERNUM, zlib.constants.ZLIB_VERNUM);
});
