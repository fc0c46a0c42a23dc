// zlib's callback forms and util.promisify over them: results, errors and
// options, one after another (their order relative to each other is the
// thread pool's in Node).
const zlib = require('zlib');
const util = require('util');

const text = Buffer.from('callbacks and promises, callbacks and promises. '.repeat(50));

function describe(error, result) {
  if (error) return `error ${error.name} ${error.code} ${error.errno} ${JSON.stringify(error.message)}`;
  return `${Buffer.isBuffer(result)} ${result.length}`;
}

const steps = [];
const step = (label, run) => steps.push([label, run]);

for (const [compress, decompress] of [['deflate', 'inflate'], ['gzip', 'gunzip'],
  ['deflateRaw', 'inflateRaw'], ['gzip', 'unzip'], ['deflate', 'unzip']]) {
  step(`${compress} -> ${decompress}`, (done) => {
    zlib[compress](text, (error, packed) => {
      console.log(compress, describe(error, packed));
      zlib[decompress](packed, (error2, back) => {
        console.log(decompress, describe(error2, back), back?.equals(text));
        done();
      });
    });
  });
  step(`${compress} with options`, (done) => {
    zlib[compress](text, {level: 0}, (error, packed) => {
      console.log(compress, 'level 0', describe(error, packed));
      done();
    });
  });
}
step('inflate garbage', (done) => {
  zlib.inflate(Buffer.from('not zlib'), (error, result) => {
    console.log('inflate garbage', describe(error, result), result);
    done();
  });
});
step('gunzip truncated', (done) => {
  zlib.gunzip(zlib.gzipSync(text).subarray(0, 30), (error, result) => {
    console.log('gunzip truncated', describe(error, result));
    done();
  });
});
step('maxOutputLength', (done) => {
  zlib.inflate(zlib.deflateSync(text), {maxOutputLength: 100}, (error, result) => {
    console.log('maxOutputLength', describe(error, result));
    done();
  });
});
step('string, ArrayBuffer and Float32Array inputs', (done) => {
  zlib.deflate('a string', (e1, r1) => {
    zlib.deflate(new Uint8Array([1, 2, 3]).buffer, (e2, r2) => {
      zlib.deflate(new Float32Array([1, 2]), (e3, r3) => {
        console.log('inputs', zlib.inflateSync(r1).toString(), zlib.inflateSync(r2).toString('hex'),
            zlib.inflateSync(r3).toString('hex'), e1, e2, e3);
        done();
      });
    });
  });
});
step('callback is later', (done) => {
  let returned = false;
  zlib.gzip('x', () => {
    console.log('called after return', returned);
    done();
  });
  returned = true;
});
step('promisify', async (done) => {
  const gzip = util.promisify(zlib.gzip);
  const gunzip = util.promisify(zlib.gunzip);
  const inflate = util.promisify(zlib.inflate);
  const packed = await gzip(text);
  console.log('promisified gzip', Buffer.isBuffer(packed));
  console.log('promisified gunzip', (await gunzip(packed)).equals(text));
  console.log('promisified with options', (await util.promisify(zlib.deflateRaw)(text, {level: 1})).length > 0);
  try {
    await inflate(Buffer.from('bad'));
  } catch (error) {
    console.log('promisified rejection', describe(error));
  }
  try {
    await inflate('x', {level: 42});
  } catch (error) {
    console.log('promisified bad option', describe(error));
  }
  done();
});

(function next() {
  const entry = steps.shift();
  if (!entry) {
    console.log('all done');
    return;
  }
  entry[1](next);
})();
