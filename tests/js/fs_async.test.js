// node:fs callbacks, fs/promises and the added synchronous functions, on
// the thread-pool natives (bindings/fs_async_module.cc).
const fs = require('fs');
const fsp = require('node:fs/promises');
const path = require('path');
const base = process.env.TEST_TMPDIR || '/tmp';
const dir = path.join(base, `thaw_fs_async_test_${process.pid}`);
fs.mkdirSync(dir, {recursive: true});
process.on('exit', () => fs.rmSync(dir, {recursive: true, force: true}));

const promisified = (fn, ...args) => new Promise((resolve, reject) =>
  fn(...args, (err, value) => (err ? reject(err) : resolve(value))));

test('fs/promises is fs.promises', () => {
  assertEqual(fsp, fs.promises);
  assertEqual(require('fs/promises'), fsp);
  assertEqual(typeof fsp.FileHandle, 'function');
});

test('writeFile/readFile round trip bytes and text', async () => {
  const file = path.join(dir, 'rt.bin');
  const bytes = Buffer.alloc(200000, 7);
  bytes[199999] = 9;
  await promisified(fs.writeFile, file, bytes);
  const back = await promisified(fs.readFile, file);
  assert(Buffer.isBuffer(back));
  assert(back.equals(bytes), 'same bytes');
  await fsp.writeFile(file, 'héllo', 'latin1');
  assertEqual((await fsp.readFile(file)).length, 5);
  assertEqual(await fsp.readFile(file, 'latin1'), 'héllo');
});

test('callbacks run asynchronously, after the current code', async () => {
  const order = [];
  await new Promise((resolve) => {
    fs.stat(dir, () => {
      order.push('callback');
      resolve();
    });
    order.push('sync');
  });
  assertEqual(order.join(), 'sync,callback');
});

test('errors are Node system errors', async () => {
  const missing = path.join(dir, 'missing');
  const error = await fsp.readFile(missing).catch((e) => e);
  assertEqual(error.code, 'ENOENT');
  assertEqual(error.errno, -2);
  assertEqual(error.syscall, 'open');
  assertEqual(error.path, missing);
  assertEqual(error.message, `ENOENT: no such file or directory, open '${missing}'`);
  const renameError = await fsp.rename(missing, `${missing}2`).catch((e) => e);
  assertEqual(renameError.dest, `${missing}2`);
  assertThrows(() => fs.readFile(missing), (e) => assertEqual(e.code, 'ERR_INVALID_ARG_TYPE'));
});

test('mkdir recursive, readdir, rm recursive', async () => {
  const top = path.join(dir, 'tree');
  assertEqual(await fsp.mkdir(path.join(top, 'a/b'), {recursive: true}), top);
  assertEqual(await fsp.mkdir(path.join(top, 'a/b'), {recursive: true}), undefined);
  await fsp.writeFile(path.join(top, 'a/f.txt'), 'x');
  const entries = await fsp.readdir(path.join(top, 'a'), {withFileTypes: true});
  assertDeepEqual(entries.map((e) => [e.name, e.isFile()]).sort(), [['b', false], ['f.txt', true]]);
  const rmError = await fsp.rm(top).catch((e) => e);
  assertEqual(rmError.code, 'ERR_FS_EISDIR');
  await fsp.rm(top, {recursive: true});
  assertEqual(fs.existsSync(top), false);
  await fsp.rm(top, {force: true});
});

test('open/read/write/close with callbacks and FileHandle', async () => {
  const file = path.join(dir, 'fd.txt');
  const fd = await promisified(fs.open, file, 'w+');
  await new Promise((resolve, reject) => fs.write(fd, 'abcdef', (err, n) => {
    if (err) reject(err);
    assertEqual(n, 6);
    resolve();
  }));
  const buffer = Buffer.alloc(3);
  await new Promise((resolve) => fs.read(fd, buffer, 0, 3, 2, (err, n, b) => {
    assertEqual(n, 3);
    assertEqual(b.toString(), 'cde');
    resolve();
  }));
  await promisified(fs.close, fd);
  const handle = await fsp.open(file, 'r');
  assertEqual((await handle.stat()).size, 6);
  const {bytesRead} = await handle.read(buffer, 0, 3, 0);
  assertEqual(bytesRead, 3);
  assertEqual(buffer.toString(), 'abc');
  assertEqual(await handle.readFile('utf8'), 'abcdef');
  await handle.close();
});

test('sync additions: open/read/write/close, rename, copyFile, access, rmSync', () => {
  const file = path.join(dir, 'sync.txt');
  const fd = fs.openSync(file, 'w');
  assertEqual(fs.writeSync(fd, 'hello'), 5);
  assertEqual(fs.fstatSync(fd).size, 5);
  fs.closeSync(fd);
  fs.renameSync(file, `${file}.2`);
  fs.copyFileSync(`${file}.2`, file);
  fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
  assertThrows(() => fs.accessSync(path.join(dir, 'nope')), (e) => assertEqual(e.syscall, 'access'));
  const readFd = fs.openSync(file);
  const buffer = Buffer.alloc(5);
  assertEqual(fs.readSync(readFd, buffer, 0, 5, 0), 5);
  fs.closeSync(readFd);
  assertEqual(buffer.toString(), 'hello');
  fs.rmSync(file);
  fs.rmSync(`${file}.2`);
  assertThrows(() => fs.rmSync(file), (e) => assertEqual(e.code, 'ENOENT'));
});

test('many concurrent requests complete', async () => {
  const files = Array.from({length: 50}, (_, i) => path.join(dir, `c${i}`));
  await Promise.all(files.map((file, i) => fsp.writeFile(file, String(i))));
  const texts = await Promise.all(files.map((file) => fsp.readFile(file, 'utf8')));
  assertEqual(texts.join(','), files.map((_, i) => i).join(','));
  await Promise.all(files.map((file) => fsp.unlink(file)));
});

test('an exception in a callback is an uncaught exception', async () => {
  const caught = await new Promise((resolve) => {
    const listener = (error) => {
      process.removeListener('uncaughtException', listener);
      resolve(error.message);
    };
    process.on('uncaughtException', listener);
    fs.stat(dir, () => {
      throw new Error('from callback');
    });
  });
  assertEqual(caught, 'from callback');
});
