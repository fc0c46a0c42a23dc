// path-scurry (and so glob 10/11) does `import {posix, win32} from
// 'node:path'` and uses win32 only on Windows; the import must link.
import path, {posix, win32} from 'node:path';

console.log('win32 is an object', typeof win32, win32 === path.win32);
console.log('win32 sep and delimiter', JSON.stringify(win32.sep), JSON.stringify(win32.delimiter));
console.log('win32.posix is posix', win32.posix === posix, 'posix.win32', posix.win32 === win32);
console.log('win32.win32', win32.win32 === win32, 'posix.posix', posix.posix === posix);
console.log('functions', ['resolve', 'join', 'basename', 'dirname', 'relative', 'parse', 'format']
  .map((name) => `${name}:${typeof win32[name]}`).join(' '));
