// The synchronous functions added with the async natives.
const fs = require('fs');
const path = require('path');
const base = process.env.TEST_TMPDIR || '/tmp';
const dir = path.join(base, `thaw_fs_sync_x_${process.pid}`);
fs.mkdirSync(path.join(dir, 'a/b'), {recursive: true});
const file = path.join(dir, 'a/b/file.txt');
fs.writeFileSync(file, 'abcdef');
const fd = fs.openSync(file, 'r+');
const buffer = Buffer.alloc(3);
console.log(fs.readSync(fd, buffer, 0, 3, 2), buffer.toString());
console.log(fs.writeSync(fd, 'XY', 1), fs.fstatSync(fd).size);
console.log(fs.writeSync(fd, Buffer.from('123'), 0, 3, 6));
fs.closeSync(fd);
console.log(fs.readFileSync(file, 'utf8'));
fs.renameSync(file, path.join(dir, 'moved.txt'));
fs.copyFileSync(path.join(dir, 'moved.txt'), path.join(dir, 'copy.txt'));
console.log(fs.readdirSync(dir).sort());
fs.accessSync(path.join(dir, 'copy.txt'), fs.constants.R_OK);
for (const op of [
  () => fs.accessSync(path.join(dir, 'nope')),
  () => fs.openSync(path.join(dir, 'nope')),
  () => fs.renameSync(path.join(dir, 'nope'), path.join(dir, 'x')),
  () => fs.copyFileSync(path.join(dir, 'copy.txt'), path.join(dir, 'moved.txt'), fs.constants.COPYFILE_EXCL),
  () => fs.rmSync(path.join(dir, 'a')),
  () => fs.rmSync(path.join(dir, 'nope')),
  () => fs.closeSync(-1),
  () => fs.fstatSync(99999),
]) {
  try {
    op();
    console.log('no error');
  } catch (err) {
    console.log(err.code, err.message.split(dir).join('DIR'));
  }
}
fs.rmSync(path.join(dir, 'nope'), {force: true});
fs.rmSync(dir, {recursive: true});
console.log(fs.existsSync(dir));
