// node:stream Transform, PassThrough, Duplex, pipe, pipeline (callback
// and promise) and finished.
const stream = require('stream');
const {Readable, Writable, Transform, PassThrough, Duplex, pipeline, finished} = stream;
const streamPromises = require('stream/promises');

function sink(into) {
  return new Writable({
    write(chunk, encoding, cb) {
      into.push(chunk.toString());
      cb();
    },
  });
}

const upper = () => new Transform({
  transform(chunk, encoding, cb) {
    cb(null, chunk.toString().toUpperCase());
  },
  flush(cb) {
    this.push('[flushed]');
    cb();
  },
});

async function main() {
  console.log(typeof stream, stream.Stream === stream, streamPromises.pipeline === stream.promises.pipeline);
  console.log(new PassThrough() instanceof Writable, new Duplex() instanceof Readable,
      new Transform() instanceof Duplex);
  await new Promise((resolve) => {
    const out = [];
    pipeline(Readable.from(['a', 'b', 'c']), upper(), sink(out), (err) => {
      console.log('pipeline', err, out.join(''));
      resolve();
    });
  });
  {
    const out = [];
    await streamPromises.pipeline(Readable.from(['x', 'y']), new PassThrough(), upper(), sink(out));
    console.log('promise pipeline', out.join(''));
  }
  await new Promise((resolve) => {
    const failing = new Transform({
      transform(chunk, encoding, cb) {
        cb(new Error('bad chunk'));
      },
    });
    pipeline(Readable.from(['1']), failing, sink([]), (err) => {
      console.log('pipeline error', err.message);
      resolve();
    });
  });
  await new Promise((resolve) => {
    const out = [];
    const pass = new PassThrough();
    const dest = sink(out);
    dest.on('pipe', () => console.log('pipe event'));
    dest.on('finish', () => {
      console.log('pipe', out.join('|'));
      resolve();
    });
    pass.pipe(dest);
    pass.write('one');
    pass.end('two');
  });
  await new Promise((resolve) => {
    const r = Readable.from(['q']);
    r.resume();
    finished(r, (err) => {
      console.log('finished readable', err);
      resolve();
    });
  });
  await new Promise((resolve) => {
    const r = new Readable({read() {}});
    finished(r, (err) => {
      console.log('finished premature', err.code, err.message);
      resolve();
    });
    r.destroy();
  });
  await new Promise((resolve) => {
    const duplex = new Duplex({
      read() {
        this.push('from duplex');
        this.push(null);
      },
      write(chunk, encoding, cb) {
        console.log('duplex got', chunk.toString());
        cb();
      },
    });
    duplex.on('data', (chunk) => console.log('duplex data', chunk.toString()));
    duplex.on('end', () => console.log('duplex end'));
    duplex.on('finish', () => console.log('duplex finish'));
    duplex.on('close', () => {
      console.log('duplex close');
      resolve();
    });
    duplex.end('to duplex');
  });
  // Backpressure through a slow sink: the readable pauses and resumes.
  await new Promise((resolve) => {
    let produced = 0;
    const source = new Readable({
      highWaterMark: 2,
      objectMode: true,
      read() {
        produced++;
        this.push(produced <= 20 ? produced : null);
      },
    });
    const got = [];
    const slow = new Writable({
      objectMode: true,
      highWaterMark: 2,
      write(chunk, encoding, cb) {
        got.push(chunk);
        setImmediate(cb);
      },
    });
    pipeline(source, slow, (err) => {
      console.log('slow sink', err, got.length, got[19]);
      resolve();
    });
  });
}
main();
