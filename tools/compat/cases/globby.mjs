import { globby, globbySync, isGitIgnored } from 'globby';
console.log((await globby('**/*', { cwd: 'tree', gitignore: true, dot: true })).sort());
console.log(globbySync(['tree/**/*.js', '!tree/a/**']).sort());
const ig = await isGitIgnored({ cwd: 'tree' });
console.log(ig('a/b/y.js'), ig('a/x.js'));
