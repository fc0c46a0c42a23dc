// zlib's Transform streams: fs.createReadStream(x).pipe(zlib.createGzip())
// .pipe(fs.createWriteStream(y)) and stream.pipeline, every format, writes
// in pieces, flush(), params(), reset(), bytesWritten, errors as 'error'
// events, close(). Everything is sequential, so event order is defined.
const zlib = require('zlib');
const fs = require('fs');
const stream = require('stream');
const {pipeline} = require('stream/promises');

const text = Buffer.from(Array.from({length: 3000}, (_, i) => `line ${i} of the file ${i % 7}\n`).join(''));

function collect(readable) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    readable.on('data', (chunk) => chunks.push(chunk));
    readable.on('end', () => resolve(Buffer.concat(chunks)));
    readable.on('error', reject);
  });
}

function describe(error) {
  return `${error.name} ${error.code} ${error.errno} ${JSON.stringify(error.message)}`;
}

async function main() {
  fs.writeFileSync('zlib_input.txt', text);

  // The classic pipe chain, to a .gz file and back.
  await new Promise((resolve) => {
    fs.createReadStream('zlib_input.txt').pipe(zlib.createGzip())
        .pipe(fs.createWriteStream('zlib_input.txt.gz')).on('finish', resolve);
  });
  const gz = fs.readFileSync('zlib_input.txt.gz');
  console.log('pipe gzip', gz[0], gz[1], zlib.gunzipSync(gz).equals(text));
  await new Promise((resolve) => {
    fs.createReadStream('zlib_input.txt.gz').pipe(zlib.createGunzip())
        .pipe(fs.createWriteStream('zlib_output.txt')).on('finish', resolve);
  });
  console.log('pipe gunzip', fs.readFileSync('zlib_output.txt').equals(text));

  // stream.pipeline, with callback and promise.
  await new Promise((resolve) => {
    stream.pipeline(fs.createReadStream('zlib_input.txt'), zlib.createDeflate({level: 9}),
        fs.createWriteStream('zlib_input.txt.z'), (error) => {
          console.log('pipeline callback', error,
              zlib.inflateSync(fs.readFileSync('zlib_input.txt.z')).equals(text));
          resolve();
        });
  });
  await pipeline(fs.createReadStream('zlib_input.txt.z'), zlib.createInflate(),
      fs.createWriteStream('zlib_output2.txt'));
  console.log('pipeline promise', fs.readFileSync('zlib_output2.txt').equals(text));
  await pipeline(fs.createReadStream('zlib_input.txt'), zlib.createGzip(), zlib.createGunzip(),
      zlib.createDeflateRaw(), zlib.createInflateRaw(), zlib.createDeflate(), zlib.createUnzip(),
      fs.createWriteStream('zlib_output3.txt'));
  console.log('pipeline chain', fs.readFileSync('zlib_output3.txt').equals(text));

  // Bad data through a pipeline.
  try {
    await pipeline(stream.Readable.from([Buffer.from('definitely not gzip')]), zlib.createGunzip(),
        fs.createWriteStream('zlib_bad.txt'));
    console.log('pipeline bad data: no error');
  } catch (error) {
    console.log('pipeline bad data', describe(error));
  }
  try {
    await pipeline(stream.Readable.from([gz.subarray(0, gz.length - 10)]), zlib.createGunzip(),
        fs.createWriteStream('zlib_bad.txt'));
    console.log('pipeline truncated: no error');
  } catch (error) {
    console.log('pipeline truncated', describe(error));
  }

  // Every class, written in small pieces.
  for (const [Compress, Decompress] of [['Deflate', 'Inflate'], ['Gzip', 'Gunzip'],
    ['DeflateRaw', 'InflateRaw'], ['Gzip', 'Unzip'], ['Deflate', 'Unzip']]) {
    const compress = new zlib[Compress]();
    const decompress = zlib[Decompress]();
    const result = collect(decompress);
    compress.pipe(decompress);
    for (let i = 0; i < text.length; i += 777) compress.write(text.subarray(i, i + 777));
    compress.end();
    const back = await result;
    console.log(Compress, Decompress, back.equals(text), compress.bytesWritten, decompress.bytesWritten > 0,
        compress instanceof stream.Transform, compress instanceof zlib[Compress],
        decompress.constructor === zlib[Decompress]);
  }

  // Strings, Uint8Arrays and a one-byte-at-a-time inflate.
  {
    const gzip = zlib.createGzip({level: 0});
    const result = collect(gzip.pipe(zlib.createGunzip()));
    gzip.write('a string, ');
    gzip.write(new Uint8Array([0x62, 0x79, 0x74, 0x65, 0x73]));
    gzip.end(' and the end');
    console.log('mixed writes', JSON.stringify((await result).toString()));
    const packed = zlib.deflateSync(text.subarray(0, 2000));
    const inflate = zlib.createInflate();
    const out = collect(inflate);
    for (const byte of packed) inflate.write(Buffer.from([byte]));
    inflate.end();
    console.log('byte at a time', (await out).equals(text.subarray(0, 2000)),
        inflate.bytesWritten === packed.length);
  }

  // flush(): what was written so far comes out before the end.
  {
    const deflate = zlib.createDeflateRaw({level: 0});
    const chunks = [];
    deflate.on('data', (chunk) => chunks.push(chunk));
    deflate.write('first part');
    await new Promise((resolve) => deflate.flush(resolve));
    const flushed = Buffer.concat(chunks);
    console.log('flushed', flushed.toString('hex'));
    console.log('flushed inflates', zlib.inflateRawSync(flushed,
        {finishFlush: zlib.constants.Z_SYNC_FLUSH}).toString());
    deflate.write('second part');
    await new Promise((resolve) => deflate.flush(zlib.constants.Z_SYNC_FLUSH, resolve));
    deflate.end();
    await new Promise((resolve) => deflate.on('end', resolve));
    console.log('after end', Buffer.concat(chunks).toString('hex'));
    console.log('whole', zlib.inflateRawSync(Buffer.concat(chunks)).toString());
    await new Promise((resolve) => deflate.flush(resolve));
    console.log('flush after end calls back');
  }

  // params(): a level change in the middle of a stream.
  {
    const deflate = zlib.createDeflate({level: 0});
    const out = collect(deflate);
    deflate.write(text.subarray(0, 5000));
    await new Promise((resolve) => deflate.params(9, zlib.constants.Z_DEFAULT_STRATEGY, resolve));
    console.log('params', deflate._level, deflate._strategy);
    deflate.end(text.subarray(5000));
    const packed = await out;
    console.log('params result', zlib.inflateSync(packed).equals(text), packed.length < text.length);
    try {
      deflate.params(10, 0, () => {});
    } catch (error) {
      console.log('params bad level', describe(error));
    }
    try {
      deflate.params(1, 'x', () => {});
    } catch (error) {
      console.log('params bad strategy', describe(error));
    }
  }

  // reset(): a new stream on the same object.
  {
    const inflate = zlib.createInflate();
    const chunks = [];
    inflate.on('data', (chunk) => chunks.push(chunk));
    // Each write is waited for: Node inflates on its thread pool, so a
    // reset() right after a write could come before or after it.
    await new Promise((resolve) => inflate.write(zlib.deflateSync('first stream'), resolve));
    inflate.reset();
    await new Promise((resolve) => inflate.write(zlib.deflateSync(' and second'), resolve));
    inflate.end();
    await new Promise((resolve) => inflate.on('end', resolve));
    console.log('reset', JSON.stringify(Buffer.concat(chunks).toString()));
  }

  // Errors on streams.
  {
    const gunzip = zlib.createGunzip();
    const error = await new Promise((resolve) => {
      gunzip.on('error', resolve);
      gunzip.end(Buffer.from('garbage here'));
    });
    console.log('error event', describe(error), gunzip.destroyed);
    const inflate = zlib.createInflate();
    const truncated = await new Promise((resolve) => {
      inflate.on('error', resolve);
      inflate.on('data', () => {});
      inflate.end(zlib.deflateSync(text).subarray(0, 100));
    });
    console.log('truncated event', describe(truncated));
    const dictionaryError = await new Promise((resolve) => {
      const s = zlib.createInflate();
      s.on('error', resolve);
      s.end(zlib.deflateSync('x', {dictionary: Buffer.from('dict')}));
    });
    console.log('dictionary event', describe(dictionaryError));
    try {
      zlib.createGzip({level: 11});
    } catch (e) {
      console.log('create bad level', describe(e));
    }
  }

  // close() and destroy().
  {
    const gzip = zlib.createGzip();
    await new Promise((resolve) => gzip.close(resolve));
    console.log('closed', gzip.destroyed);
    const writeError = await new Promise((resolve) => gzip.write('late', resolve));
    console.log('write after close', writeError?.code);
    const inflate = zlib.createInflate();
    inflate.destroy();
    await new Promise((resolve) => inflate.on('close', resolve));
    console.log('destroyed closes', inflate.destroyed);
  }

  // Async iteration over a decompressing stream. (How the output is cut
  // into chunks depends on when it is read: Node inflates on its thread
  // pool, thaw at once.)
  {
    const gunzip = zlib.createGunzip({chunkSize: 1024});
    gunzip.end(gz);
    const chunks = [];
    for await (const chunk of gunzip) chunks.push(chunk);
    console.log('async iteration', Buffer.concat(chunks).equals(text));
  }

  for (const name of ['zlib_input.txt', 'zlib_input.txt.gz', 'zlib_output.txt', 'zlib_input.txt.z',
    'zlib_output2.txt', 'zlib_output3.txt', 'zlib_bad.txt']) {
    fs.rmSync(name, {force: true});
  }
}

main().then(() => console.log('done'));
