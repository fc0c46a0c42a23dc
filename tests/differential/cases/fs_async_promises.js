// fs.promises and node:fs/promises: the same operations as promises, and
// FileHandle.
const fsp = require('fs/promises');
const fs = require('node:fs');
const path = require('path');
console.log(fsp === fs.promises, require('node:fs/promises') === fsp);
const base = process.env.TEST_TMPDIR || '/tmp';
const dir = path.join(base, `thaw_fs_async_p_${process.pid}`);
const clean = (text) => String(text).split(dir).join('DIR');

(async () => {
  console.log('mkdir', clean(await fsp.mkdir(path.join(dir, 'sub/deep'), {recursive: true})));
  const file = path.join(dir, 'f.bin');
  await fsp.writeFile(file, Buffer.from([1, 2, 3, 4, 5]));
  await fsp.appendFile(file, 'xyz');
  const data = await fsp.readFile(file);
  console.log('readFile', data, data.length);
  console.log('readFile hex', await fsp.readFile(file, {encoding: 'hex'}));
  const stats = await fsp.stat(file);
  console.log('stat', stats.size, stats.isFile(), typeof stats.mtimeMs, stats.mtime instanceof Date);
  console.log('readdir', (await fsp.readdir(dir)).sort());
  await fsp.rename(file, path.join(dir, 'g.bin'));
  await fsp.copyFile(path.join(dir, 'g.bin'), file);
  console.log('access', await fsp.access(file));
  console.log('realpath', clean(await fsp.realpath(path.join(dir, 'sub', '..', 'g.bin'))));
  for (const [name, op] of [
    ['readFile', () => fsp.readFile(path.join(dir, 'missing'))],
    ['stat', () => fsp.stat(path.join(dir, 'missing'))],
    ['readdir', () => fsp.readdir(file)],
    ['unlink', () => fsp.unlink(path.join(dir, 'missing'))],
    ['rmdir', () => fsp.rmdir(path.join(dir, 'sub'))],
    ['rename', () => fsp.rename(path.join(dir, 'missing'), path.join(dir, 'other'))],
    ['open wx', () => fsp.open(file, 'wx')],
    ['realpath', () => fsp.realpath(path.join(dir, 'missing'))],
  ]) {
    try {
      await op();
      console.log(name, 'ok?');
    } catch (err) {
      console.log(name, err.code, err.errno, err.syscall, clean(err.message), clean(err.path));
    }
  }
  const handle = await fsp.open(file, 'r+');
  console.log('fd', typeof handle.fd);
  const {bytesRead, buffer} = await handle.read(Buffer.alloc(4), 0, 4, 1);
  console.log('read', bytesRead, buffer);
  const written = await handle.write('AB', 0);
  console.log('write', written.bytesWritten, written.buffer);
  console.log('handle stat', (await handle.stat()).size);
  console.log('handle readFile', await handle.readFile());
  await handle.close();
  console.log('readFile after', await fsp.readFile(file, 'latin1'));
  await fsp.unlink(file);
  await fsp.rm(dir, {recursive: true, force: true});
  console.log('removed', fs.existsSync(dir));
})();
