// node:stream Writable: callbacks, 'finish', backpressure with
// highWaterMark and 'drain', final, errors, objectMode.
const {Writable} = require('stream');

async function main() {
  await new Promise((resolve) => {
    const log = [];
    const w = new Writable({
      highWaterMark: 4,
      write(chunk, encoding, cb) {
        log.push(`write ${chunk} ${encoding}`);
        setTimeout(cb, 1);
      },
      final(cb) {
        log.push('final');
        cb();
      },
    });
    log.push(`ok ${w.write('ab', () => log.push('cb ab'))}`);
    log.push(`ok ${w.write('cde', () => log.push('cb cde'))}`);
    log.push(`needDrain ${w.writableNeedDrain} length ${w.writableLength}`);
    w.on('drain', () => log.push('drain'));
    w.on('finish', () => log.push('finish'));
    w.on('close', () => {
      log.push('close');
      console.log(log.join('\n'));
      resolve();
    });
    w.end('f', () => log.push('end cb'));
    log.push(`ended ${w.writableEnded} finished ${w.writableFinished}`);
  });
  await new Promise((resolve) => {
    const w = new Writable({
      objectMode: true,
      write(chunk, encoding, cb) {
        console.log('object', chunk, encoding);
        cb();
      },
    });
    w.write({a: 1});
    w.write(5);
    w.end();
    w.on('finish', resolve);
  });
  await new Promise((resolve) => {
    const w = new Writable({
      write(chunk, encoding, cb) {
        cb(new Error('write failed'));
      },
    });
    w.write('x', (err) => console.log('write cb', err.message));
    w.on('error', (err) => console.log('error event', err.message));
    w.on('close', () => {
      console.log('closed', w.destroyed);
      resolve();
    });
  });
  await new Promise((resolve) => {
    const w = new Writable({write(chunk, encoding, cb) { cb(); }});
    w.end();
    w.on('error', (err) => {
      console.log('after end', err.code, err.message);
      resolve();
    });
    w.write('late', (err) => console.log('late cb', err.code));
  });
  await new Promise((resolve) => {
    const w = new Writable({
      decodeStrings: false,
      write(chunk, encoding, cb) {
        console.log('string kept', typeof chunk, encoding);
        cb();
      },
    });
    w.end('text', 'latin1', resolve);
  });
}
main();
