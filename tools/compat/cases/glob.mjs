import { glob, globSync } from 'glob';
console.log(globSync('tree/**/*.js', { dotRelative: true }).sort());
console.log((await glob('**/*', { cwd: 'tree', dot: true, ignore: 'a/**', nodir: true })).sort());
