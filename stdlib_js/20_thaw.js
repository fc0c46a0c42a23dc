// The global `thaw` namespace.
'use strict';

const thaw = {
  // Read once at build time: a blob is only ever run by the thaw that made it.
  version: binding.thaw.version(),
};

Object.defineProperty(globalThis, 'thaw', {
  value: Object.freeze(thaw), writable: false, configurable: true, enumerable: false,
});
