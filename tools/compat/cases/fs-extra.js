const fse = require('fs-extra');
const os = require('os');
const path = require('path');
const base = fse.mkdtempSync(path.join(os.tmpdir(), 'fse-'));
fse.outputFileSync(path.join(base, 'a/b/c.txt'), 'hello');
fse.copySync(path.join(base, 'a'), path.join(base, 'copy'));
fse.writeJsonSync(path.join(base, 'j.json'), { x: [1, 2] }, { spaces: 1 });
console.log(fse.readFileSync(path.join(base, 'copy/b/c.txt'), 'utf8'), fse.readJsonSync(path.join(base, 'j.json')), fse.pathExistsSync(path.join(base, 'nope')));
(async () => {
  await fse.ensureDir(path.join(base, 'd/e'));
  await fse.move(path.join(base, 'copy'), path.join(base, 'd/e/moved'));
  console.log((await fse.readdir(path.join(base, 'd/e/moved/b'))), await fse.pathExists(path.join(base, 'copy')));
  await fse.emptyDir(path.join(base, 'd'));
  console.log(await fse.readdir(path.join(base, 'd')));
  await fse.remove(base);
  console.log(fse.existsSync(base));
})();
