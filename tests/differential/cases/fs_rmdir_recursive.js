// fs.rmdirSync/rmdir/promises.rmdir with the deprecated {recursive: true}
// (DEP0147), which Node still honours, and without it.
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'thaw-rmdir-'));
process.chdir(root);
for (const dir of ['one/a/b', 'two/x', 'three/y']) fs.mkdirSync(dir, {recursive: true});
fs.writeFileSync('one/a/b/c', 'c');
fs.writeFileSync('two/x/file', 'f');
fs.writeFileSync('three/y/file', 'f');
try {
  fs.rmdirSync('one');
} catch (error) {
  console.log(error.code, error.syscall);
}
fs.rmdirSync('one', {recursive: true});
console.log(fs.existsSync('one'));
try {
  fs.rmdirSync('missing', {recursive: true});
} catch (error) {
  console.log(error.code, error.syscall);
}
fs.rmdir('two', {recursive: true}, (error) => {
  console.log(error, fs.existsSync('two'));
  fs.promises.rmdir('three', {recursive: true}).then(() => {
    console.log(fs.existsSync('three'));
    process.chdir(os.tmpdir());
    fs.rmSync(root, {recursive: true});
  });
});
