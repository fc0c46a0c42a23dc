// The global `thaw` namespace.
'use strict';

const thaw = {
  // Read once at build time: a blob is only ever run by the thaw that made it.
  version: binding.thaw.version(),
  // While `thaw snapshot` builds an app: run `fn` at each start instead of
  // the entry's top-level code. See 75_module_loader.js.
  setMain(fn) {
    internals.setAppMain(fn);
  },
};

Object.defineProperty(globalThis, 'thaw', {
  value: Object.freeze(thaw), writable: false, configurable: true, enumerable: false,
});
