// node:constants, Node's deprecated (documentation-only) module that is
// still required by popular packages (graceful-fs, and through it fs-extra
// and many others): one frozen plain object (graceful-fs calls its
// hasOwnProperty) holding os.constants'
// dlopen, errno, priority and signals, then fs.constants, then
// crypto.constants, in that order. thaw's crypto has no constants yet, so
// none of those are included.
'use strict';

(function defineConstants() {
  internals.defineBuiltin('constants', () => {
    const os = internals.os;
    const cryptoConstants = internals.loadBuiltinModule('crypto').constants;
    return Object.freeze(Object.assign(
        {}, os.constants.dlopen, os.constants.errno,
        os.constants.priority, os.constants.signals, internals.fs.constants,
        cryptoConstants ?? {}));
  });
})();

// require('module').builtinModules was listed before this file ran.
for (const name of ['constants']) {
  if (!internals.Module.builtinModules.includes(name)) internals.Module.builtinModules.push(name);
}
