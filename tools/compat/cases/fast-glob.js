const fg = require('fast-glob');
console.log(fg.sync('**/*.js', { cwd: 'tree' }).sort());
console.log(fg.sync(['tree/**', '!**/*.txt'], { dot: true, onlyFiles: true }).sort());
fg('tree/*/', { onlyDirectories: true, markDirectories: true }).then((r) => console.log(r.sort()));
fg.async('tree/**/*.js', { stats: true, ignore: ['**/b/**'] }).then((r) => console.log(r.map((e) => e.path + ' ' + e.stats.isFile()).sort()));
console.log(fg.escapePath('a(b)*'), fg.isDynamicPattern('a/*'));
