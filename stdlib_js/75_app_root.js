// App roots: an app snapshot holds no absolute path of the machine it was
// built on. While `thaw snapshot` prepares an app, files under its root
// (--root, by default the directory it was run in) are known to the module
// loaders by virtual paths under /thaw-app: /home/me/proj/lib/x.js is
// /thaw-app/lib/x.js in __filename, require.cache, import.meta.url, stack
// traces and the blob's manifest. So two checkouts at different paths build
// byte-identical blobs. Reading goes through toPhysical, which maps a
// virtual path back to the disk while building; at run time there is no
// mapping (the app's files are in the blob, not on disk).
'use strict';

const virtualRoot = '/thaw-app';
let physicalRoot = null;

function toPhysical(filename) {
  if (physicalRoot === null || typeof filename !== 'string') return filename;
  if (filename === virtualRoot) return physicalRoot;
  if (filename.startsWith(`${virtualRoot}/`)) return physicalRoot + filename.slice(virtualRoot.length);
  return filename;
}

function toVirtual(filename) {
  if (physicalRoot === null || typeof filename !== 'string') return filename;
  if (filename === physicalRoot) return virtualRoot;
  if (!filename.startsWith(`${physicalRoot}/`)) return filename;
  // join() copies the characters: a slice() of the physical path would be
  // a V8 sliced string that keeps the whole physical path alive, and so in
  // the blob.
  return [virtualRoot, filename.slice(physicalRoot.length)].join('');
}

internals.appRoot = {
  virtualRoot,
  toPhysical,
  toVirtual,
  // `root` is a real (symlink-free) absolute path; '/' maps nothing.
  start(root) {
    physicalRoot = root === '/' ? null : root;
  },
  stop() {
    physicalRoot = null;
  },
  get active() {
    return physicalRoot !== null;
  },
};
internals.toPhysicalPath = toPhysical;
