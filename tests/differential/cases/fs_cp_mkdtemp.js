// fs.mkdtempSync/mkdtemp/promises.mkdtemp and fs.cpSync/cp/promises.cp:
// what is copied (files, directories, symbolic links, modes) and Node's
// errors, with the temporary directory's name replaced by <tmp>.
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'thaw-cp-'));
const show = (text) => String(text).split(root).join('<tmp>');
console.log(path.basename(root).length, fs.statSync(root).isDirectory(),
            (fs.statSync(root).mode & 0o777).toString(8));
process.chdir(root);
fs.mkdirSync('src/sub/deeper', {recursive: true});
fs.writeFileSync('src/a.txt', 'a');
fs.writeFileSync('src/sub/b.sh', 'b');
fs.chmodSync('src/sub/b.sh', 0o755);
fs.writeFileSync('src/sub/deeper/c.txt', 'c');
fs.symlinkSync('a.txt', 'src/link');

const attempts = [
  ['src', 'dst', {}],
  ['src', 'dst', {recursive: true}],
  ['src', 'src/sub/inside', {recursive: true}],
  ['src', 'src', {recursive: true}],
  ['src/a.txt', 'made/on/the/way/a.txt', {}],
  ['src/a.txt', 'dst/a.txt', {errorOnExist: true, force: false}],
  ['src/a.txt', 'dst/sub', {}],
  ['src', 'dst/a.txt', {recursive: true}],
  ['nothing', 'x', {}],
  ['src', 'filtered', {recursive: true, filter: (from) => !from.endsWith('.sh')}],
];
for (const [from, to, options] of attempts) {
  try {
    fs.cpSync(from, to, options);
    console.log('copied', from, to);
  } catch (error) {
    console.log(error.name, error.code, show(error.message), error.errno, error.syscall);
  }
}
const list = (dir) => fs.readdirSync(dir, {recursive: true}).join(" ");
console.log(list('dst'), '|', list('filtered'), '|', list('made'));
console.log(show(fs.readlinkSync('dst/link')), fs.readFileSync('dst/sub/deeper/c.txt', 'utf8'),
            (fs.statSync('dst/sub/b.sh').mode & 0o777).toString(8));
try {
  fs.mkdtempSync(path.join(root, 'missing', 'x-'));
} catch (error) {
  console.log(error.code, show(error.message), error.syscall, show(error.path));
}

fs.mkdtemp(path.join(root, 'cb-'), (error, made) => {
  console.log('callback', error, path.basename(made).length);
  fs.cp('src', 'dst2', {recursive: true}, (cpError) => {
    console.log('cp callback', cpError, list('dst2'));
    fs.promises.mkdtemp(path.join(root, 'p-'))
      .then((dir) => fs.promises.cp('src/a.txt', path.join(dir, 'a.txt')).then(() => dir))
      .then((dir) => {
        console.log('promises', fs.readFileSync(path.join(dir, 'a.txt'), 'utf8'));
        process.chdir(os.tmpdir());
        fs.rmSync(root, {recursive: true});
      });
  });
});
