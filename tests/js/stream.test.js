// node:stream: the core classes, pipeline and finished, and fs streams.
const stream = require('stream');
const {Readable, Writable, Transform, PassThrough, Duplex, pipeline, finished} = stream;
const fs = require('fs');
const path = require('path');

const collect = () => {
  const chunks = [];
  const sink = new Writable({
    write(chunk, encoding, cb) {
      chunks.push(chunk.toString());
      cb();
    },
  });
  sink.chunks = chunks;
  return sink;
};

test('module shape', () => {
  assertEqual(require('node:stream'), stream);
  assertEqual(stream.Stream, stream);
  assertEqual(require('stream/promises'), stream.promises);
  assert(new Readable() instanceof stream);
  assert(new Duplex() instanceof Writable);
  assert(!(new Readable() instanceof Writable));
});

test('push and read in paused mode', () => {
  const r = new Readable({read() {}});
  r.push('ab');
  r.push('cd');
  assertEqual(r.readableLength, 4);
  assertEqual(r.read(3).toString(), 'abc');
  assertEqual(r.read().toString(), 'd');
  assertEqual(r.read(), null);
});

test('backpressure: write returns false at highWaterMark, then drain', async () => {
  const pending = [];
  const w = new Writable({
    highWaterMark: 10,
    write(chunk, encoding, cb) {
      pending.push(cb);
    },
  });
  assertEqual(w.write('12345'), true);
  assertEqual(w.write('67890'), false);
  assertEqual(w.writableNeedDrain, true);
  const drained = new Promise((resolve) => w.once('drain', resolve));
  pending.shift()();
  await sleep(1);
  pending.shift()();
  await drained;
  assertEqual(w.writableLength, 0);
});

test('readable highWaterMark limits how far _read runs ahead', async () => {
  let calls = 0;
  const r = new Readable({
    highWaterMark: 3,
    objectMode: true,
    read() {
      calls++;
      this.push(calls);
    },
  });
  r.read(0);
  await sleep(5);
  assert(calls <= 4, `read ${calls} times`);
  r.destroy();
});

test('transform with flush through pipeline (promise)', async () => {
  const sink = collect();
  await stream.promises.pipeline(
      Readable.from(['a', 'b']),
      new Transform({
        transform(chunk, encoding, cb) { cb(null, chunk.toString().repeat(2)); },
        flush(cb) { cb(null, '!'); },
      }),
      new PassThrough(),
      sink);
  assertEqual(sink.chunks.join(''), 'aabb!');
});

test('pipeline reports the first error and destroys the streams', async () => {
  const source = new Readable({read() { this.destroy(new Error('source failed')); }});
  const sink = collect();
  const error = await new Promise((resolve) => pipeline(source, sink, resolve));
  assertEqual(error.message, 'source failed');
  assert(sink.destroyed);
});

test('finished on a writable and on a premature close', async () => {
  const w = collect();
  const done = new Promise((resolve) => finished(w, resolve));
  w.end('x');
  assertEqual(await done, undefined);
  const r = new Readable({read() {}});
  const closed = stream.promises.finished(r).catch((e) => e.code);
  r.destroy();
  assertEqual(await closed, 'ERR_STREAM_PREMATURE_CLOSE');
});

test('async iteration over a large byte stream', async () => {
  let left = 100;
  const r = new Readable({
    read() {
      this.push(left-- > 0 ? Buffer.alloc(1000, 1) : null);
    },
  });
  let total = 0;
  for await (const chunk of r) total += chunk.length;
  assertEqual(total, 100000);
});

test('Duplex with allowHalfOpen false ends its writable side', async () => {
  const d = new Duplex({
    allowHalfOpen: false,
    read() { this.push(null); },
    write(chunk, encoding, cb) { cb(); },
  });
  d.resume();
  await new Promise((resolve) => d.on('finish', resolve));
  assert(d.writableEnded);
});

test('fs.createReadStream and createWriteStream', async () => {
  const base = process.env.TEST_TMPDIR || '/tmp';
  const file = path.join(base, `thaw_stream_test_${process.pid}.txt`);
  try {
    const out = fs.createWriteStream(file);
    for (let i = 0; i < 1000; i++) out.write(`${i},`);
    await new Promise((resolve) => out.end(resolve));
    const expected = Array.from({length: 1000}, (_, i) => `${i},`).join('');
    assertEqual(fs.readFileSync(file, 'utf8'), expected);
    let text = '';
    for await (const chunk of fs.createReadStream(file, {encoding: 'utf8', highWaterMark: 100})) {
      assert(chunk.length <= 100);
      text += chunk;
    }
    assertEqual(text, expected);
    const part = [];
    for await (const chunk of fs.createReadStream(file, {start: 2, end: 5})) part.push(chunk);
    assertEqual(Buffer.concat(part).toString(), expected.slice(2, 6));
    const error = await new Promise((resolve) =>
      fs.createReadStream(`${file}.missing`).on('error', resolve));
    assertEqual(error.code, 'ENOENT');
  } finally {
    fs.rmSync(file, {force: true});
  }
});
