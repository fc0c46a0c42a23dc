// node:stream Readable: flowing and paused modes, 'readable', event order,
// objectMode, setEncoding, Readable.from and async iteration.
const {Readable} = require('stream');

function counter(limit, options) {
  let i = 0;
  return new Readable({
    ...options,
    read() {
      i++;
      if (i > limit) this.push(null);
      else this.push(options?.objectMode ? {i} : `chunk${i};`);
    },
  });
}

async function main() {
  await new Promise((resolve) => {
    const r = counter(3);
    const seen = [];
    r.on('data', (chunk) => seen.push(chunk.toString()));
    r.on('end', () => {
      console.log('flowing', seen.join(' '), r.readableEnded, r.readable);
      resolve();
    });
  });
  await new Promise((resolve) => {
    const r = counter(2, {objectMode: true});
    const seen = [];
    r.on('data', (chunk) => seen.push(JSON.stringify(chunk)));
    r.on('end', () => {
      console.log('objectMode', seen.join(' '), r.readableObjectMode);
      resolve();
    });
  });
  await new Promise((resolve) => {
    const r = new Readable({read() {}});
    r.push('abc');
    r.push('def');
    r.push(null);
    const parts = [];
    r.on('readable', () => {
      let chunk;
      while ((chunk = r.read()) !== null) parts.push(chunk.toString());
    });
    r.on('end', () => {
      console.log('readable mode', parts);
      resolve();
    });
  });
  await new Promise((resolve) => {
    const r = new Readable({read() {}});
    r.setEncoding('utf8');
    const euro = Buffer.from('€');
    r.push(euro.subarray(0, 1));
    r.push(euro.subarray(1));
    r.push('!');
    r.push(null);
    const parts = [];
    r.on('data', (chunk) => parts.push(typeof chunk, chunk));
    r.on('end', () => {
      console.log('encoding', parts);
      resolve();
    });
  });
  await new Promise((resolve) => {
    const r = counter(4);
    const got = [];
    r.on('data', (chunk) => {
      got.push(chunk.toString());
      if (got.length === 2) {
        r.pause();
        console.log('paused', r.isPaused(), r.readableFlowing);
        setTimeout(() => r.resume(), 5);
      }
    });
    r.on('end', () => {
      console.log('pause/resume', got.join(''));
      resolve();
    });
  });
  const items = [];
  for await (const item of Readable.from([1, 2, 3])) items.push(item);
  console.log('from array', items);
  async function* gen() {
    yield 'a';
    yield 'b';
  }
  const letters = [];
  for await (const item of Readable.from(gen())) letters.push(item);
  console.log('from generator', letters);
  const bytes = [];
  for await (const chunk of counter(3)) bytes.push(chunk.toString());
  console.log('async iteration', bytes.join(''));
  const early = counter(10);
  for await (const chunk of early) {
    console.log('first', chunk.toString());
    break;
  }
  console.log('destroyed after break', early.destroyed);
  const failing = new Readable({read() {
    this.destroy(new Error('boom'));
  }});
  try {
    for await (const chunk of failing) console.log(chunk);
  } catch (err) {
    console.log('caught', err.message);
  }
}
main();
