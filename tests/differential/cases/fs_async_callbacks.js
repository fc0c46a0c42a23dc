// fs callback API on the thread pool: files, directories, errors, fds.
const fs = require('fs');
const path = require('path');
const base = process.env.TEST_TMPDIR || '/tmp';
const dir = path.join(base, `thaw_fs_async_cb_${process.pid}`);
fs.mkdirSync(dir);
const file = path.join(dir, 'a.txt');

function step(name, fn) {
  return new Promise((resolve) => fn((...args) => {
    const [err, ...rest] = args;
    console.log(name, err ? `${err.code} ${err.message.split(dir).join('DIR')}` : null,
        ...rest.map((value) => (typeof value === 'string' ? value.split(dir).join('DIR') : value)));
    resolve(rest[0]);
  }));
}

(async () => {
  await step('writeFile', (cb) => fs.writeFile(file, 'hello\n', cb));
  await step('appendFile', (cb) => fs.appendFile(file, 'world\n', 'utf8', cb));
  await step('readFile utf8', (cb) => fs.readFile(file, 'utf8', cb));
  await step('readFile buffer', (cb) => fs.readFile(file, (err, data) => cb(err, data)));
  await step('readFile missing', (cb) => fs.readFile(path.join(dir, 'nope'), cb));
  await step('stat', (cb) => fs.stat(file, (err, s) => cb(err, s.size, s.isFile(), s.isDirectory())));
  await step('lstat dir', (cb) => fs.lstat(dir, (err, s) => cb(err, s.isDirectory())));
  await step('mkdir recursive', (cb) => fs.mkdir(path.join(dir, 'x/y/z'), {recursive: true}, cb));
  await step('mkdir recursive again', (cb) => fs.mkdir(path.join(dir, 'x/y/z'), {recursive: true}, cb));
  await step('mkdir exists', (cb) => fs.mkdir(path.join(dir, 'x'), cb));
  await step('readdir', (cb) => fs.readdir(dir, (err, names) => cb(err, names.sort().join(','))));
  await step('readdir types', (cb) => fs.readdir(dir, {withFileTypes: true}, (err, entries) =>
    cb(err, entries.map((e) => `${e.name}:${e.isDirectory()}`).sort().join(','))));
  await step('rename', (cb) => fs.rename(file, path.join(dir, 'b.txt'), cb));
  await step('rename missing', (cb) => fs.rename(file, path.join(dir, 'c.txt'), cb));
  await step('copyFile', (cb) => fs.copyFile(path.join(dir, 'b.txt'), file, cb));
  await step('access', (cb) => fs.access(file, cb));
  await step('access missing', (cb) => fs.access(path.join(dir, 'nope'), cb));
  await step('exists', (cb) => fs.exists(file, (value) => cb(null, value)));

  await new Promise((resolve) => fs.open(file, 'r+', (err, fd) => {
    const buffer = Buffer.alloc(5);
    fs.read(fd, buffer, 0, 5, 0, (err, n, b) => {
      console.log('read', err, n, b.toString(), b === buffer);
      fs.write(fd, 'HELLO', 0, (err, n, s) => {
        console.log('write', err, n, s);
        fs.fstat(fd, (err, s) => {
          console.log('fstat', err, s.size);
          fs.close(fd, (err) => {
            console.log('close', err);
            resolve();
          });
        });
      });
    });
  }));
  await step('readFile after write', (cb) => fs.readFile(file, 'utf8', cb));
  await step('unlink', (cb) => fs.unlink(file, cb));
  await step('unlink missing', (cb) => fs.unlink(file, cb));
  await step('rmdir not empty', (cb) => fs.rmdir(path.join(dir, 'x'), cb));
  await step('rm dir no recursive', (cb) => fs.rm(path.join(dir, 'x'), (err) => cb(err && {code: err.code, message: err.message})));
  await step('rm missing force', (cb) => fs.rm(path.join(dir, 'nope'), {force: true}, cb));
  await step('rm recursive', (cb) => fs.rm(dir, {recursive: true}, cb));
  console.log('gone', fs.existsSync(dir));
  try {
    fs.stat(file);
  } catch (err) {
    console.log(err.code, err.message);
  }
})();
