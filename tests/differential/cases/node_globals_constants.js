// `global`, node:constants and fs.constants as npm packages use them:
// queue-microtask and @iarna/toml read `global`; graceful-fs (under
// fs-extra) requires 'constants' and calls its hasOwnProperty; CLIs test
// mode bits such as fs.constants.S_IXUSR.
'use strict';

const d = Object.getOwnPropertyDescriptor(globalThis, 'global');
console.log('global is globalThis', d.value === globalThis, 'writable', d.writable,
            'enumerable', d.enumerable, 'configurable', d.configurable);
console.log('typeof global in a function', (function() { return typeof global; })());

const constants = require('constants');
console.log('same as node:constants', constants === require('node:constants'));
console.log('frozen', Object.isFrozen(constants), 'plain', Object.getPrototypeOf(constants) === Object.prototype);
console.log('hasOwnProperty O_SYMLINK', constants.hasOwnProperty('O_SYMLINK'));
for (const name of ['RTLD_LAZY', 'ENOENT', 'EACCES', 'PRIORITY_LOW', 'SIGINT', 'SIGTERM',
                    'O_RDONLY', 'O_CREAT', 'O_NONBLOCK', 'S_IFMT', 'S_IFSOCK', 'S_IXUSR',
                    'COPYFILE_FICLONE', 'UV_DIRENT_DIR']) {
  console.log(name, constants[name]);
}
console.log('builtinModules lists constants', require('module').builtinModules.includes('constants'));

const fs = require('fs');
console.log('fs.constants', JSON.stringify(fs.constants));
console.log('fs.promises.constants is fs.constants', fs.promises.constants === fs.constants);
// graceful-fs's own test of the platform, as it runs at load.
console.log('lchmod patch needed', process.platform === 'darwin' && constants.hasOwnProperty('O_SYMLINK'));
